// What the public change history records, as one typed table: the kinds of record a change is about and the
// actions it can take, each with the admin's wording. Every write names its change from here (lib/admin/change-log.ts),
// and the admin's lists word them from here, so a new action cannot be stored without words for it.
export const CHANGE_ENTITIES = {
  claim: "klaim",
  organization: "organisasi",
  edition: "edisi",
  source: "sumber",
  category: "kategori",
  group: "kelompok kategori",
  account: "akun",
} as const;
export type ChangeEntity = keyof typeof CHANGE_ENTITIES;

export const CHANGE_ACTIONS = {
  create: "mencatat",
  update: "mengoreksi",
  "update+citation": "mengoreksi (dengan kutipan baru)",
  retract: "menarik",
  "citation-withdraw": "menarik kutipan dari",
  merge: "memindah (penggabungan)",
  "merge-into": "menggabungkan",
  "merge-from": "menerima gabungan ke",
  split: "memindah (pemisahan ejaan)",
  alias: "menambah ejaan untuk",
  "alias-out": "memisahkan ejaan dari",
  "alias-in": "menerima ejaan ke",
  fact: "menambah fakta untuk",
  "fact-retract": "menarik fakta dari",
  import: "mengimpor",
  rename: "mengubah nama atau kelompok",
  role: "mengubah peran",
  disable: "menonaktifkan",
  enable: "mengaktifkan kembali",
  password: "mengganti kata sandi",
  "password-reset": "mengatur ulang kata sandi",
} as const;
export type ChangeAction = keyof typeof CHANGE_ACTIONS;

/** The admin's words for a stored code; a code from before this table is shown as it is. */
export const actionWords = (action: string): string => (CHANGE_ACTIONS as Record<string, string>)[action] ?? action;
export const entityWords = (entity: string): string => (CHANGE_ENTITIES as Record<string, string>)[entity] ?? entity;
