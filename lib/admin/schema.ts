// What the admin forms send, validated once here and used by the server actions and the data layer.
import { z } from "zod";
import { isoDay } from "../dates";
import { enumValues } from "../enum-values";
import { AliasMatch, EditionFactKind, Level, OrganizationKind, Role } from "../generated/prisma/enums";

/** A day as the forms ask for it, and a day that exists. */
const DAY_MESSAGE = "Tanggal yang sah, dalam bentuk TTTT-BB-HH.";

export const ORGANIZATION_KINDS = enumValues(OrganizationKind);
export const FACT_KINDS = enumValues(EditionFactKind);
export const ROLES = enumValues(Role);
const isOrganizationKind = (v: string): v is OrganizationKind => (ORGANIZATION_KINDS as string[]).includes(v);

const reason = z.string().trim().min(5, { message: "Tulis alasan perubahan (sedikitnya 5 huruf)." }).max(1000);
const version = z.coerce.number().int().min(1);
/** A rank is a whole number from 1; left empty, the source names a winner without a rank. */
const rank = z
  // a form sends text; a value parsed before (a number, or null for no rank) reads the same
  .preprocess(
    (v) => (v === null ? "" : typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : v),
    z.string().regex(/^\d{0,4}$/, { message: "Peringkat: bilangan bulat 1 atau lebih, atau kosong untuk pemenang tanpa peringkat." }),
  )
  .transform((v) => (v === "" ? null : Number(v)))
  .pipe(
    z.number().int().min(1, { message: "Peringkat: bilangan bulat 1 atau lebih, atau kosong untuk pemenang tanpa peringkat." }).nullable(),
  );
/** An optional field: empty or left out of the form reads as not given. */
const optional = <T extends z.ZodType<string, string>>(schema: T) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(schema.optional());

const recipient = {
  /** an existing organisation's id; "" = the source lists the rank with no name; NEW_ORGANIZATION = create one */
  // Optional here, required in checkClaim: a missing choice must not hide the form's other errors.
  organizationId: z.string().trim().optional(),
  // Only sent when "new organisation" is chosen.
  newOrganizationName: z.string().trim().max(300).default(""),
  newOrganizationKind: z.string().trim().default(""),
};
const inference = {
  rankFromOrder: z.literal("on").optional(),
  categoryFromContext: z.literal("on").optional(),
  inferenceNote: z.string().trim().max(2000).default(""),
};
const citation = {
  citationSourceId: z.string().trim().default(""),
  citationQuote: z.string().max(5000).default(""),
  /** the recipient's name as this source spells it: a part of the quote */
  citationRecipientName: z.string().trim().max(300).default(""),
  /** the source's own words for the rank ("Juara I", "terbaik pertama"): a part of the quote */
  citationRankWording: z.string().trim().max(100).default(""),
};
const prize = {
  /** the prize as the source writes it; it must be inside one of the claim's quotes */
  prizeText: z.string().trim().max(1000).default(""),
};

export const NEW_ORGANIZATION = "__new__";

type ClaimFields = {
  organizationId?: string;
  newOrganizationName: string;
  newOrganizationKind: string;
  rankFromOrder?: "on";
  categoryFromContext?: "on";
  inferenceNote: string;
  citationSourceId: string;
  citationQuote: string;
  citationRecipientName: string;
  citationRankWording: string;
  rank: number | null;
};

/** The rules the create and edit forms share, each reported on its own field. */
function checkClaim(v: ClaimFields, ctx: z.RefinementCtx, citationRequired: boolean) {
  if (v.organizationId === undefined)
    ctx.addIssue({
      code: "custom",
      path: ["organizationId"],
      message: "Pilih penerima: organisasi yang ada, “tanpa nama”, atau organisasi baru.",
    });
  if ((v.rankFromOrder || v.categoryFromContext) && !v.inferenceNote) {
    ctx.addIssue({ code: "custom", path: ["inferenceNote"], message: "Jelaskan apa yang disimpulkan." });
  }
  const hasQuote = Boolean(v.citationQuote.trim());
  if (citationRequired || v.organizationId === NEW_ORGANIZATION) {
    if (!v.citationSourceId) ctx.addIssue({ code: "custom", path: ["citationSourceId"], message: "Pilih sumber kutipannya." });
    if (!hasQuote) ctx.addIssue({ code: "custom", path: ["citationQuote"], message: "Tempel kutipan dari sumber itu." });
  } else if (Boolean(v.citationSourceId) !== hasQuote) {
    ctx.addIssue({
      code: "custom",
      path: [v.citationSourceId ? "citationQuote" : "citationSourceId"],
      message: "Pilih sumber dan tempel kutipannya, atau kosongkan keduanya.",
    });
  }
  if (v.citationRecipientName && hasQuote && !v.citationQuote.includes(v.citationRecipientName)) {
    ctx.addIssue({ code: "custom", path: ["citationRecipientName"], message: "Nama ini tidak ada persis di dalam kutipan." });
  }
  if (v.citationRankWording && hasQuote && !v.citationQuote.includes(v.citationRankWording)) {
    ctx.addIssue({ code: "custom", path: ["citationRankWording"], message: "Sebutan peringkat ini tidak ada persis di dalam kutipan." });
  }
  if (v.rank === null && v.organizationId === "") {
    ctx.addIssue({
      code: "custom",
      path: ["rank"],
      message: "Klaim tanpa peringkat perlu penerima: pilih organisasinya, atau isi peringkat.",
    });
  }
  if (v.organizationId === NEW_ORGANIZATION) {
    if (v.newOrganizationName.length < 2)
      ctx.addIssue({ code: "custom", path: ["newOrganizationName"], message: "Tulis nama organisasi baru." });
    if (!isOrganizationKind(v.newOrganizationKind))
      ctx.addIssue({ code: "custom", path: ["newOrganizationKind"], message: "Pilih jenis organisasi." });
    if (!v.citationRecipientName)
      ctx.addIssue({
        code: "custom",
        path: ["citationRecipientName"],
        message: "Organisasi baru perlu nama seperti tertulis di kutipan (ejaan sumber).",
      });
  }
}

/** The placing's category: one of an edition's own categories (its edition follows from it). */
const placement = {
  categoryId: z.string().trim().min(1, { message: "Pilih edisi dan kategorinya." }),
};

export const claimUpdateSchema = z
  .object({ claimId: z.string().min(1), version, ...placement, rank, ...recipient, ...inference, ...citation, ...prize, reason })
  .superRefine((v, ctx) => checkClaim(v, ctx, false));
export type ClaimUpdateInput = z.output<typeof claimUpdateSchema>;

export const claimCreateSchema = z
  .object({ ...placement, rank, ...recipient, ...inference, ...citation, ...prize, reason })
  .superRefine((v, ctx) => checkClaim(v, ctx, true));
export type ClaimCreateInput = z.output<typeof claimCreateSchema>;

export const claimRetractSchema = z.object({ claimId: z.string().min(1), version, reason });
export type ClaimRetractInput = z.output<typeof claimRetractSchema>;

export const sourceCreateSchema = z.object({
  publisher: z.string().trim().min(2, { message: "Nama media wajib diisi." }).max(200),
  title: optional(z.string().max(500)),
  eventDate: optional(isoDay(DAY_MESSAGE)),
  publishedAt: optional(isoDay(DAY_MESSAGE)),
  url: optional(z.url({ protocol: /^https?$/, message: "Alamat web yang lengkap (https://…), atau kosongkan." })),
  text: z.string().min(50, { message: "Tempel teks lengkap artikel (sedikitnya 50 huruf)." }).max(200_000),
  reason,
});
export type SourceCreateInput = z.output<typeof sourceCreateSchema>;

export const signInSchema = z.object({
  email: z.email({ message: "Alamat email yang sah." }).max(320),
  password: z.string().min(1, { message: "Kata sandi wajib diisi." }).max(256),
});

const day = z.string().trim().pipe(isoDay(DAY_MESSAGE));
const regionCode = optional(
  z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, { message: "Kode wilayah Kemendagri, mis. 53.16 atau 53.16.01.2012." }),
);
const note = optional(z.string().max(2000));

export const organizationUpdateSchema = z.object({
  organizationId: z.string().min(1),
  version,
  name: z.string().trim().min(2, { message: "Nama wajib diisi." }).max(300),
  kind: z.enum(OrganizationKind, { message: "Pilih jenis organisasi." }),
  kindNote: note,
  regionCode,
  regionNote: note,
  note,
  reason,
});
export type OrganizationUpdateInput = z.output<typeof organizationUpdateSchema>;

/** A "probable" spelling says why (the public page shows the reason next to it). */
const probableNeedsNote = (v: { match: AliasMatch; aliasNote?: string }, ctx: z.RefinementCtx) => {
  if (v.match === "probable" && !v.aliasNote)
    ctx.addIssue({ code: "custom", path: ["aliasNote"], message: "Jelaskan mengapa ejaan ini kemungkinan organisasi yang sama." });
};

export const aliasCreateSchema = z
  .object({
    organizationId: z.string().min(1),
    version,
    sourceId: z.string().trim().min(1, { message: "Pilih sumber tempat ejaan ini tertulis." }),
    spelling: z.string().trim().min(2, { message: "Tulis ejaan persis seperti di sumber." }).max(300),
    match: z.enum(AliasMatch, { message: "Pilih tingkat kecocokan." }),
    aliasNote: note,
    reason,
  })
  .superRefine(probableNeedsNote);
export type AliasCreateInput = z.output<typeof aliasCreateSchema>;

/** Splits a spelling off: it (and optionally the placings citing it) moves to another or a new organisation. */
export const aliasMoveSchema = z
  .object({
    organizationId: z.string().min(1),
    version,
    aliasId: z.coerce.number({ message: "Pilih ejaan yang dipindah." }).int().min(1, { message: "Pilih ejaan yang dipindah." }),
    targetId: z.string().trim().optional(),
    newOrganizationName: z.string().trim().max(300).default(""),
    newOrganizationKind: z.string().trim().default(""),
    match: z.enum(AliasMatch, { message: "Pilih tingkat kecocokan." }),
    aliasNote: note,
    moveClaims: z.literal("on").optional(),
    reason,
  })
  .superRefine((v, ctx) => {
    if (!v.targetId) ctx.addIssue({ code: "custom", path: ["targetId"], message: "Pilih organisasi tujuan, atau organisasi baru." });
    if (v.targetId === v.organizationId) ctx.addIssue({ code: "custom", path: ["targetId"], message: "Pilih organisasi lain." });
    if (v.targetId === NEW_ORGANIZATION) {
      if (v.newOrganizationName.length < 2)
        ctx.addIssue({ code: "custom", path: ["newOrganizationName"], message: "Tulis nama organisasi baru." });
      if (!isOrganizationKind(v.newOrganizationKind))
        ctx.addIssue({ code: "custom", path: ["newOrganizationKind"], message: "Pilih jenis organisasi." });
    }
    probableNeedsNote(v, ctx);
  });
export type AliasMoveInput = z.output<typeof aliasMoveSchema>;

export const organizationMergeSchema = z
  .object({
    organizationId: z.string().min(1),
    version,
    targetId: z.string().trim().min(1, { message: "Pilih organisasi tujuan." }),
    targetVersion: version.optional(),
    reason,
  })
  .refine((v) => v.organizationId !== v.targetId, { path: ["targetId"], message: "Pilih organisasi lain." });
export type OrganizationMergeInput = z.output<typeof organizationMergeSchema>;

const editionFields = {
  level: z.enum(Level, { message: "Pilih tingkat." }),
  provinceCode: optional(z.string().regex(/^\d{2}$/, { message: "Pilih provinsi." })),
  yearLabel: z
    .string()
    .trim()
    .regex(/^\d{4}$/, { message: "Tahun sebutan, mis. 2024." }),
  assessmentPeriod: optional(z.string().max(100)),
  /** empty while no source gives the date; set it later without changing the edition's id */
  ceremonyDate: optional(day),
  /** editions handed out at one joint ceremony share this key, e.g. papua-2023-11-20 */
  sharedCeremony: optional(
    z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "Kunci upacara bersama: huruf kecil, angka dan tanda hubung." })
      .max(120),
  ),
  reason,
};
const provinceRule = (v: { level: Level; provinceCode?: string }, ctx: z.RefinementCtx) => {
  if (v.level === "province" && !v.provinceCode)
    ctx.addIssue({ code: "custom", path: ["provinceCode"], message: "Edisi provinsi perlu provinsinya." });
  if (v.level === "national" && v.provinceCode)
    ctx.addIssue({ code: "custom", path: ["provinceCode"], message: "Edisi nasional tanpa provinsi." });
};

/** A new edition needs one cited fact (its date, its name, …) so it is never an uncited record. */
export const editionCreateSchema = z
  .object({
    ...editionFields,
    factKind: z.enum(EditionFactKind, { message: "Pilih jenis fakta." }),
    factValue: z.string().trim().min(1, { message: "Tulis faktanya." }).max(500),
    sourceId: z.string().trim().min(1, { message: "Pilih sumber." }),
    quote: z.string().trim().min(1, { message: "Tempel kutipan dari sumber itu." }).max(5000),
  })
  .superRefine((v, ctx) => {
    provinceRule(v, ctx);
    factRule(v, ctx);
  });
export type EditionCreateInput = z.output<typeof editionCreateSchema>;

export const editionUpdateSchema = z.object({ editionId: z.string().min(1), version, ...editionFields }).superRefine(provinceRule);
export type EditionUpdateInput = z.output<typeof editionUpdateSchema>;

/** A ceremony date is stored as a day (the public page formats it); other facts are free text. */
const factRule = (v: { factKind: EditionFactKind; factValue: string }, ctx: z.RefinementCtx) => {
  if (v.factKind === "ceremony_date" && !day.safeParse(v.factValue).success)
    ctx.addIssue({ code: "custom", path: ["factValue"], message: "Tanggal upacara dalam bentuk TTTT-BB-HH." });
};

export const factCreateSchema = z
  .object({
    editionId: z.string().min(1),
    version,
    factKind: z.enum(EditionFactKind, { message: "Pilih jenis fakta." }),
    factValue: z.string().trim().min(1, { message: "Tulis faktanya." }).max(500),
    factNote: note,
    sourceId: z.string().trim().min(1, { message: "Pilih sumber." }),
    quote: z.string().trim().min(1, { message: "Tempel kutipan dari sumber itu." }).max(5000),
    reason,
  })
  .superRefine(factRule);
export type FactCreateInput = z.output<typeof factCreateSchema>;

export const citationWithdrawSchema = z.object({ claimId: z.string().min(1), version, citationId: z.coerce.number().int().min(1), reason });
export type CitationWithdrawInput = z.output<typeof citationWithdrawSchema>;

export const factRetractSchema = z.object({ editionId: z.string().min(1), version, factId: z.string().min(1), reason });
export type FactRetractInput = z.output<typeof factRetractSchema>;

export const accountCreateSchema = z.object({
  email: z.email({ message: "Alamat email yang sah." }).max(320),
  name: z.string().trim().min(2, { message: "Nama wajib diisi." }).max(200),
  role: z.enum(Role, { message: "Pilih peran." }),
  password: z.string().max(256),
});
export type AccountCreateInput = z.output<typeof accountCreateSchema>;

export const accountRoleSchema = z.object({ userId: z.string().min(1), role: z.enum(Role, { message: "Pilih peran." }) });
export type AccountRoleInput = z.output<typeof accountRoleSchema>;

const groupKey = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "Pilih kelompok." });
const categoryFields = {
  label: z.string().trim().min(2, { message: "Tulis nama kategori persis seperti di sumber." }).max(300),
  groupKey,
  qualifier: z.string().trim().max(200).default(""),
  reason,
};

/** A category added to an edition, named as a source names it: the label must be inside the cited quote. */
export const categoryCreateSchema = z
  .object({
    editionId: z.string().min(1),
    ...categoryFields,
    sourceId: z.string().trim().min(1, { message: "Pilih sumber yang menyebut kategori ini." }),
    quote: z.string().trim().min(1, { message: "Tempel kutipan yang memuat nama kategori." }).max(5000),
  })
  .refine((v) => v.quote.includes(v.label), { path: ["label"], message: "Nama kategori ini tidak ada persis di dalam kutipan." });
export type CategoryCreateInput = z.output<typeof categoryCreateSchema>;

/** Rename a category, or move it to another group. */
export const categoryUpdateSchema = z.object({ categoryId: z.string().min(1), version, ...categoryFields });
export type CategoryUpdateInput = z.output<typeof categoryUpdateSchema>;

/** A browsing group's names (admins only); a new group gets a stable key, used in URLs and the API. */
export const groupUpdateSchema = z.object({
  key: groupKey,
  version: version.optional(),
  nameId: z.string().trim().min(2, { message: "Nama dalam bahasa Indonesia." }).max(200),
  nameEn: z.string().trim().min(2, { message: "Name in English." }).max(200),
  reason,
});
export type GroupUpdateInput = z.output<typeof groupUpdateSchema>;

/** A transcription file (README: "Import") uploaded or pasted in the admin. */
export const importSchema = z.object({
  json: z
    .string()
    .min(2, { message: "Tempel atau unggah berkas transkripsi (JSON)." })
    .max(5_000_000, { message: "Berkas terlalu besar (paling banyak 5 MB)." }),
  dryRun: z.enum(["1", "0"]).default("1"),
  reason,
});
export type ImportInput = z.output<typeof importSchema>;

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, { message: "Tulis kata sandi Anda sekarang." }).max(256),
    newPassword: z.string().min(1, { message: "Tulis kata sandi baru." }).max(256),
    repeatPassword: z.string().max(256),
  })
  .refine((v) => v.newPassword === v.repeatPassword, { path: ["repeatPassword"], message: "Kedua kata sandi baru berbeda." });
export type PasswordChangeInput = z.output<typeof passwordChangeSchema>;

export const accountResetSchema = z.object({
  userId: z.string().min(1),
  password: z.string().min(1, { message: "Tulis kata sandi baru." }).max(256),
});
export type AccountResetInput = z.output<typeof accountResetSchema>;

export const accountDisableSchema = z.object({ userId: z.string().min(1), disabled: z.enum(["1", "0"]) });
export type AccountDisableInput = z.output<typeof accountDisableSchema>;

export const accountUnlockSchema = z.object({ userId: z.string().min(1) });

/** A code from the authenticator app: the second step of signing in, and the confirmation of its setup. */
export const secondFactorCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { message: "Kode 6 angka dari aplikasi autentikator." }),
});
