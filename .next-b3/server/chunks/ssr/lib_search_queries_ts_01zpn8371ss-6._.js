module.exports=[62260,a=>a.a(async(b,c)=>{try{var d=a.i(37936),e=a.i(2597),f=a.i(717),g=a.i(18558),h=a.i(3180),i=a.i(66879),j=b([i]);function k(a){return a.normalize("NFKD").replace(/\p{M}/gu,"").toLowerCase().replace(/\s+/g," ").trim()}[i]=j.then?(await j)():j;let q=async function(a,b=20){(0,g.cacheTag)(h.f.organizations,h.f.claims),(0,g.cacheLife)("max");let c=k(a);return i.f.$queryRaw`
    WITH names AS (
      SELECT o."id", o."name", o."kind"::text AS kind, o."regionCode", o."name" AS spelling FROM "Organization" o
      UNION ALL
      SELECT o."id", o."name", o."kind"::text, o."regionCode", a."spelling" FROM "OrganizationAlias" a JOIN "Organization" o ON o."id" = a."organizationId"
    ), scored AS (
      SELECT n.*, GREATEST(
          word_similarity(${c}, lower(unaccent(n.spelling))),
          similarity(replace(${c}, ' ', ''), replace(lower(unaccent(n.spelling)), ' ', ''))
        )::float8 AS score
      FROM names n
    )
    SELECT DISTINCT ON (s."id") s."id", s."name", s.kind, s.spelling AS matched, s.score, r."name" AS "regionName"
    FROM scored s LEFT JOIN "Region" r ON r."code" = s."regionCode"
    WHERE s.score >= ${.5}
    ORDER BY s."id", s.score DESC`.then(a=>a.sort((a,b)=>b.score-a.score||a.name.localeCompare(b.name)).slice(0,b))};var l=(0,f.cache)(function(){return(0,e.cache)("default","e021f2da4a6a7959c41bd36e7dd6eb8aae21783a84",0,q,Array.prototype.slice.call(arguments,0,2))});(0,d.registerServerReference)(l,"e021f2da4a6a7959c41bd36e7dd6eb8aae21783a84",null),Object.defineProperty(l,"name",{value:"searchOrganizations"});let r=async function(a,b=10){(0,g.cacheTag)(h.f.regions,h.f.organizations),(0,g.cacheLife)("max");let c=k(a),d=await i.f.$queryRaw`
    SELECT r."code", r."name", r."level"::text AS level,
      GREATEST(
        word_similarity(${c}, lower(unaccent(r."name"))),
        similarity(replace(${c}, ' ', ''), replace(lower(unaccent(regexp_replace(r."name", '^(Kabupaten|Kota) ', ''))), ' ', ''))
      )::float8 AS score,
      p."slug" AS "provinceSlug"
    FROM "Region" r
    LEFT JOIN "Region" p ON p."code" = CASE WHEN r."level" = 'province' THEN r."code" ELSE r."parentCode" END
    WHERE r."level" IN ('province', 'regency')
      AND GREATEST(
        word_similarity(${c}, lower(unaccent(r."name"))),
        similarity(replace(${c}, ' ', ''), replace(lower(unaccent(regexp_replace(r."name", '^(Kabupaten|Kota) ', ''))), ' ', ''))
      ) >= ${.5}
    ORDER BY score DESC, r."name"
    LIMIT ${b}`;if(0===d.length)return[];let e=await i.f.$queryRaw`
    SELECT r.code, o."id", o."name"
    FROM unnest(${d.map(a=>a.code)}::text[]) AS r(code)
    JOIN "Organization" o ON o."regionCode" = r.code OR o."regionCode" LIKE r.code || '.%'
    ORDER BY o."name"`;return d.map(a=>({...a,organizations:e.filter(b=>b.code===a.code).map(({id:a,name:b})=>({id:a,name:b}))}))};var m=(0,f.cache)(function(){return(0,e.cache)("default","e0455c0f53901853c51c0e78f3bf71d81de492ed97",0,r,Array.prototype.slice.call(arguments,0,2))});(0,d.registerServerReference)(m,"e0455c0f53901853c51c0e78f3bf71d81de492ed97",null),Object.defineProperty(m,"name",{value:"searchRegions"});let s=async function(a,b=10){(0,g.cacheTag)(h.f.sources),(0,g.cacheLife)("max");let c=k(a);return i.f.$queryRaw`
    WITH fields AS (
      SELECT s."id", s."publisher", s."title", s."publisher" AS matched FROM "Source" s
      UNION ALL
      SELECT s."id", s."publisher", s."title", s."title" FROM "Source" s WHERE s."title" IS NOT NULL
    ), scored AS (
      SELECT f.*, GREATEST(
          word_similarity(${c}, lower(unaccent(f.matched))),
          similarity(replace(${c}, ' ', ''), replace(lower(unaccent(f.matched)), ' ', ''))
        )::float8 AS score
      FROM fields f
    )
    SELECT DISTINCT ON ("id") "id", "publisher", "title", matched, score FROM scored
    WHERE score >= ${.5}
    ORDER BY "id", score DESC`.then(a=>a.sort((a,b)=>b.score-a.score).slice(0,b))};var n=(0,f.cache)(function(){return(0,e.cache)("default","e04fe35ca7955cf260b856e9ea1c35e959141f3b76",0,s,Array.prototype.slice.call(arguments,0,2))});async function o(a){let[b,c,d]=await Promise.all([l(a),m(a),n(a)]);return{organizations:b,regions:c,sources:d}}(0,d.registerServerReference)(n,"e04fe35ca7955cf260b856e9ea1c35e959141f3b76",null),Object.defineProperty(n,"name",{value:"searchSources"});let t=async function(a){(0,g.cacheTag)(h.f.claims),(0,g.cacheLife)("max");let b=k(a);return(await i.f.$queryRaw`
    SELECT "key" FROM "Category"
    WHERE GREATEST(word_similarity(${b}, lower(unaccent("nameId"))), word_similarity(${b}, lower(unaccent("nameEn"))), word_similarity(${b}, "key")) >= ${.5}`).map(a=>a.key)};var p=(0,f.cache)(function(){return(0,e.cache)("default","c0af54984b4643ae3ab958e4bcdf25388d5531fb55",0,t,Array.prototype.slice.call(arguments,0,1))});(0,d.registerServerReference)(p,"c0af54984b4643ae3ab958e4bcdf25388d5531fb55",null),Object.defineProperty(p,"name",{value:"searchCategoryKeys"}),a.s(["k",0,l,"_",0,m,"C",0,n,"P",0,p,"$",0,o]),c()}catch(a){c(a)}},!1)];

//# sourceMappingURL=lib_search_queries_ts_01zpn8371ss-6._.js.map