// The minimum strength of an account password, as one rule used by the CLI and the admin's account form.
export const MIN_PASSWORD_LENGTH = 12;

const WORDS = {
  en: {
    length: `at least ${MIN_PASSWORD_LENGTH} characters`,
    classes: "three of: lower case, upper case, digits, symbols (or 20+ characters)",
    personal: "not containing the email's name",
    common: "not a common or repeated word",
  },
  id: {
    length: `sedikitnya ${MIN_PASSWORD_LENGTH} karakter`,
    classes: "tiga dari: huruf kecil, huruf besar, angka, simbol (atau 20+ karakter)",
    personal: "tidak memuat nama di alamat email",
    common: "bukan kata umum atau karakter berulang",
  },
} as const;

/** What the password still needs, in the reader's language; empty when it is strong enough. */
export function passwordProblems(password: string, email: string, lang: keyof typeof WORDS = "en"): string[] {
  const words = WORDS[lang];
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(words.length);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 3 && password.length < 20) problems.push(words.classes);
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  if (local.length >= 3 && password.toLowerCase().includes(local)) problems.push(words.personal);
  if (/^(.)\1+$/.test(password) || /(password|kata ?sandi|paritrana|12345)/i.test(password)) problems.push(words.common);
  return problems;
}
