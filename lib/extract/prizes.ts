// A prize written beside a winner: money ("uang pembinaan Rp 2.500.000", "Rp15 juta"), goods ("satu unit sepeda
// motor") or a trophy, with the rupiah amount where the text gives one. Bounded patterns over normalised text.
import { rupiahAmount } from "../awards/prize";

/** A prize written between a winner's name and the next one: money, goods or a trophy. */
export function prizeNear(seg: string, from: number, to: number): { text: string; amountRupiah: number | null } | null {
  const window = seg.slice(from, to);
  const money =
    /(?:(?:uang|dana)\s+(?:pembinaan|tunai)|hadiah(?:\s+uang)?(?:\s+tunai)?)?(?:\s+(?:sebesar|senilai))?\s*Rp\.?\s?\d[\d.,]*(?:\s*(?:juta|ribu|miliar|jt|rb))?(?:,-)?/iu.exec(
      window,
    );
  if (money) {
    const text = money[0].trim().replace(/,-$/, "").replace(/[.,]$/, "");
    return { text, amountRupiah: rupiahAmount(text) };
  }
  const goods = /(?:\d+|satu|dua|tiga|sebuah|sebuah)\s+unit\s+[A-Za-z0-9 ]+?(?=\s*(?:[,.;)]|\s+dan\s|\s+serta\s|$))/iu.exec(window);
  if (goods) return { text: goods[0].trim(), amountRupiah: null };
  const trophy = /\b(?:trofi|piala|plakat)(?:\s+[a-z]+){0,3}/iu.exec(window);
  if (trophy) return { text: trophy[0].trim(), amountRupiah: null };
  return null;
}
