// The provinces and regencies/cities the extractor matches names against, from the idn-area-data package (the
// same data the regions table is loaded from): for scripts and tests, which run without the database.
import { getProvinces, getRegencies } from "idn-area-data";
import type { Gazetteer } from "./extract-draft";

export async function gazetteerFromPackage(): Promise<Gazetteer> {
  const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies({ transform: true })]);
  return {
    provinces: provinces.map((p) => ({ code: p.code, name: p.name })),
    regencies: regencies.map((r) => ({ code: r.code, name: r.name, provinceCode: r.provinceCode })),
  };
}
