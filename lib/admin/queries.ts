import "server-only";
import { db } from "../db";
import { findDisagreements } from "../awards/disagreements";
import messages from "../../messages/id.json";
import { ORGANIZATION_KINDS, FACT_KINDS } from "./schema";

// Reads for the admin screens: always fresh (never cached), and only after requireEditor().

const sourceOptions = () =>
  db.source.findMany({ select: { id: true, publisher: true, title: true }, orderBy: [{ eventDate: "desc" }, { publisher: "asc" }] });

/** Choices the forms offer, with their Indonesian labels (the same words as the public pages). */
export const kindOptions = ORGANIZATION_KINDS.map((k) => ({ value: k, label: messages.kind[k] }));
export const factKindOptions = FACT_KINDS.map((k) => ({ value: k, label: messages.facts[k] }));
const editionLabel = (e: { id: string; ceremonyDate: Date | null; yearLabel: string; province: { name: string } | null }) =>
  `${e.province?.name ?? "Nasional"} · ${e.ceremonyDate ? `upacara ${e.ceremonyDate.toISOString().slice(0, 10)}` : "tanggal upacara belum diketahui"} (sebutan ${e.yearLabel})`;

const editionOrder = [{ ceremonyDate: { sort: "desc", nulls: "last" } }, { yearLabel: "desc" }, { id: "asc" }] as const;

export async function editionOptions() {
  const rows = await db.edition.findMany({
    select: { id: true, ceremonyDate: true, yearLabel: true, province: { select: { name: true } } },
    orderBy: [...editionOrder],
  });
  return rows.map((e) => ({ value: e.id, label: editionLabel(e) }));
}

/** Every edition's own categories, for the claim form: choosing one chooses its edition too. */
export async function categoryOptions() {
  const rows = await db.editionCategory.findMany({
    select: {
      id: true,
      label: true,
      qualifier: true,
      group: { select: { nameId: true } },
      edition: { select: { id: true, ceremonyDate: true, yearLabel: true, province: { select: { name: true } } } },
    },
    orderBy: [{ edition: { ceremonyDate: { sort: "desc", nulls: "last" } } }, { editionId: "asc" }, { sortOrder: "asc" }, { label: "asc" }],
  });
  return rows.map((c) => ({
    value: c.id,
    label: `${editionLabel(c.edition)} — ${c.label}${c.qualifier ? ` (${c.qualifier})` : ""} [${c.group.nameId}]`,
    editionId: c.edition.id,
  }));
}

/** The browsing groups, for the category forms. */
export async function groupOptions() {
  const rows = await db.categoryGroup.findMany({ select: { key: true, nameId: true }, orderBy: [{ sortOrder: "asc" }, { key: "asc" }] });
  return rows.map((g) => ({ value: g.key, label: g.nameId }));
}

export async function getClaimForEdit(id: string) {
  const [claim, sources, editions] = await Promise.all([
    db.claim.findUnique({
      where: { id },
      select: {
        id: true,
        version: true,
        editionId: true,
        categoryId: true,
        rank: true,
        inferences: true,
        inferenceNote: true,
        retractedAt: true,
        retractReason: true,
        prizeText: true,
        organization: { select: { id: true, name: true } },
        category: { select: { label: true, qualifier: true, group: { select: { nameId: true } } } },
        edition: { select: { id: true, ceremonyDate: true, province: { select: { name: true } } } },
        citations: {
          select: { id: true, quote: true, withdrawnAt: true, withdrawReason: true, source: { select: { id: true, publisher: true } } },
          orderBy: { id: "asc" },
        },
      },
    }),
    sourceOptions(),
    categoryOptions(),
  ]);
  return claim && { claim, sources, categories: editions };
}

export async function getClaimFormChoices() {
  const [categories, sources] = await Promise.all([categoryOptions(), sourceOptions()]);
  return { categories, sources, kinds: kindOptions };
}

export async function listOrganizationsForAdmin() {
  return db.organization.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      kind: true,
      mergedInto: { select: { id: true, name: true } },
      _count: { select: { claims: true, aliases: true } },
    },
  });
}

export async function getOrganizationForEdit(id: string) {
  const [organization, sources] = await Promise.all([
    db.organization.findUnique({
      where: { id },
      select: {
        id: true,
        version: true,
        name: true,
        kind: true,
        kindNote: true,
        regionCode: true,
        regionNote: true,
        note: true,
        mergedInto: { select: { id: true, name: true } },
        region: { select: { name: true } },
        aliases: {
          orderBy: { id: "asc" },
          select: { id: true, spelling: true, match: true, note: true, source: { select: { id: true, publisher: true } } },
        },
        claims: {
          orderBy: { id: "asc" },
          select: {
            id: true,
            rank: true,
            retractedAt: true,
            category: { select: { label: true } },
            edition: { select: { ceremonyDate: true, yearLabel: true } },
          },
        },
      },
    }),
    sourceOptions(),
  ]);
  return organization && { organization, sources };
}

export async function listEditionsForAdmin() {
  const rows = await db.edition.findMany({
    orderBy: [...editionOrder],
    select: {
      id: true,
      ceremonyDate: true,
      yearLabel: true,
      province: { select: { name: true } },
      _count: { select: { claims: true, facts: true, categories: true } },
    },
  });
  return rows.map((e) => ({ ...e, label: editionLabel(e) }));
}

export async function getEditionForEdit(id: string) {
  const [edition, sources, provinces, groups] = await Promise.all([
    db.edition.findUnique({
      where: { id },
      select: {
        id: true,
        version: true,
        level: true,
        provinceCode: true,
        yearLabel: true,
        assessmentPeriod: true,
        ceremonyDate: true,
        sharedCeremony: true,
        categories: {
          orderBy: [{ sortOrder: "asc" }, { label: "asc" }],
          select: {
            id: true,
            version: true,
            label: true,
            qualifier: true,
            groupKey: true,
            group: { select: { nameId: true } },
            _count: { select: { claims: true } },
            citations: { where: { withdrawnAt: null }, select: { id: true, quote: true, source: { select: { publisher: true } } } },
          },
        },
        facts: {
          orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
          select: {
            id: true,
            kind: true,
            value: true,
            retractedAt: true,
            retractReason: true,
            citations: { select: { id: true, quote: true, source: { select: { publisher: true } } } },
          },
        },
      },
    }),
    sourceOptions(),
    provinceOptions(),
    groupOptions(),
  ]);
  return edition && { edition, sources, provinces, groups };
}

export async function provinceOptions() {
  const rows = await db.region.findMany({ where: { level: "province" }, select: { code: true, name: true }, orderBy: { name: "asc" } });
  return rows.map((r) => ({ value: r.code, label: r.name }));
}

export async function getEditionFormChoices() {
  const [sources, provinces] = await Promise.all([sourceOptions(), provinceOptions()]);
  return { sources, provinces, factKinds: factKindOptions };
}

export async function listRecentChanges(limit = 20) {
  return db.change.findMany({
    where: { entityType: { not: "account" } },
    orderBy: { id: "desc" },
    take: limit,
    select: {
      id: true,
      entityType: true,
      entityId: true,
      action: true,
      reason: true,
      createdAt: true,
      after: true,
      user: { select: { name: true } },
    },
  });
}

/**
 * Claims a careful editor should look at again: an inferred rank or category, or another claim for the same
 * place that names someone else (or the same recipient at another rank).
 */
export async function listClaimsToReview() {
  const claims = await db.claim.findMany({
    where: { retractedAt: null },
    orderBy: { id: "asc" },
    select: {
      id: true,
      editionId: true,
      categoryId: true,
      rank: true,
      organizationId: true,
      inferences: true,
      category: { select: { label: true, qualifier: true } },
      organization: { select: { name: true } },
      edition: { select: { ceremonyDate: true, yearLabel: true } },
    },
  });
  const disagreements = findDisagreements(claims);
  return claims
    .filter((c) => c.inferences.length || disagreements.has(c.id))
    .map((c) => ({ ...c, disagreesWith: (disagreements.get(c.id) ?? []).map((d) => d.otherClaimId) }));
}

export async function listGroupsForAdmin() {
  return db.categoryGroup.findMany({
    orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
    select: { key: true, nameId: true, nameEn: true, version: true, _count: { select: { categories: true } } },
  });
}
