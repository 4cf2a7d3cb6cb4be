// What the admin forms send, validated once here and used by the server actions and the data layer.
import { z } from "zod";
import { isRank } from "../awards/ranks";

const reason = z.string().trim().min(5, { message: "Tulis alasan perubahan (sedikitnya 5 huruf)." }).max(1000);
const version = z.coerce.number().int().min(1);
const optional = <T extends z.ZodType<string, string>>(schema: T) => z.string().trim().transform((v) => (v === "" ? undefined : v)).pipe(schema.optional());

export const claimUpdateSchema = z
  .object({
    claimId: z.string().min(1),
    version,
    rank: z.coerce.number().int().refine(isRank, { message: "Peringkat 1, 2 atau 3." }),
    organizationId: z.string().trim(),
    rankFromOrder: z.literal("on").optional(),
    categoryFromContext: z.literal("on").optional(),
    inferenceNote: z.string().trim().max(2000),
    citationSourceId: z.string().trim(),
    citationQuote: z.string().max(5000),
    reason,
  })
  .superRefine((v, ctx) => {
    if ((v.rankFromOrder || v.categoryFromContext) && !v.inferenceNote) {
      ctx.addIssue({ code: "custom", path: ["inferenceNote"], message: "Jelaskan apa yang disimpulkan." });
    }
    if (Boolean(v.citationSourceId) !== Boolean(v.citationQuote.trim())) {
      ctx.addIssue({ code: "custom", path: [v.citationSourceId ? "citationQuote" : "citationSourceId"], message: "Pilih sumber dan tempel kutipannya, atau kosongkan keduanya." });
    }
  });
export type ClaimUpdateInput = z.output<typeof claimUpdateSchema>;

export const claimRetractSchema = z.object({ claimId: z.string().min(1), version, reason });
export type ClaimRetractInput = z.output<typeof claimRetractSchema>;

export const sourceCreateSchema = z.object({
  publisher: z.string().trim().min(2, { message: "Nama media wajib diisi." }).max(200),
  title: optional(z.string().max(500)),
  eventDate: optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Tanggal dalam bentuk TTTT-BB-HH." })),
  publishedAt: optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Tanggal dalam bentuk TTTT-BB-HH." })),
  url: optional(z.url({ protocol: /^https?$/, message: "Alamat web yang lengkap (https://…), atau kosongkan." })),
  text: z.string().min(50, { message: "Tempel teks lengkap artikel (sedikitnya 50 huruf)." }).max(200_000),
  reason,
});
export type SourceCreateInput = z.output<typeof sourceCreateSchema>;

export const signInSchema = z.object({
  email: z.email({ message: "Alamat email yang sah." }).max(320),
  password: z.string().min(1, { message: "Kata sandi wajib diisi." }).max(256),
});
