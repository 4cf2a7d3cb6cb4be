// Abbreviations the press uses for provinces, to their Kemendagri codes (full names come from the regions table).
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  NAD: "11", Sumut: "12", Sumbar: "13", Sumsel: "16", Babel: "19", Kepri: "21", DKI: "31", Jabar: "32", Jateng: "33",
  DIY: "34", Jatim: "35", NTB: "52", NTT: "53", Kalbar: "61", Kalteng: "62", Kalsel: "63", Kaltim: "64", Kaltara: "65",
  Sulut: "71", Sulteng: "72", Sulsel: "73", Sultra: "74", Sulbar: "76", Malut: "82", PBD: "96",
};
