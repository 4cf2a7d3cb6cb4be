module.exports=[80725,e=>e.a(async(a,r)=>{try{var c=e.i(45015),n=e.i(35661),i=e.i(47540),o=e.i(65044),t=e.i(57418),l=e.i(62294),s=a([l]);function d(e){return e.normalize("NFKD").replace(/\p{M}/gu,"").toLowerCase().replace(/\s+/g," ").trim()}[l]=s.then?(await s)():s;let S=async function(e,a=20){(0,o.cacheTag)(t.f.organizations,t.f.claims),(0,o.cacheLife)("max");let r=d(e);return l.f.$queryRaw`
    WITH names AS (
      SELECT o."id", o."name", o."kind"::text AS kind, o."regionCode", o."name" AS spelling FROM "Organization" o
      UNION ALL
      SELECT o."id", o."name", o."kind"::text, o."regionCode", a."spelling" FROM "OrganizationAlias" a JOIN "Organization" o ON o."id" = a."organizationId"
    ), scored AS (
      SELECT n.*, GREATEST(
          word_similarity(${r}, lower(unaccent(n.spelling))),
          similarity(replace(${r}, ' ', ''), replace(lower(unaccent(n.spelling)), ' ', ''))
        )::float8 AS score
      FROM names n
    )
    SELECT DISTINCT ON (s."id") s."id", s."name", s.kind, s.spelling AS matched, s.score, r."name" AS "regionName"
    FROM scored s LEFT JOIN "Region" r ON r."code" = s."regionCode"
    WHERE s.score >= ${.5}
    ORDER BY s."id", s.score DESC`.then(e=>e.sort((e,a)=>a.score-e.score||e.name.localeCompare(a.name)).slice(0,a))};var f=(0,i.cache)(function(){return(0,n.cache)("default","e021f2da4a6a7959c41bd36e7dd6eb8aae21783a84",0,S,Array.prototype.slice.call(arguments,0,2))});(0,c.registerServerReference)(f,"e021f2da4a6a7959c41bd36e7dd6eb8aae21783a84",null),Object.defineProperty(f,"name",{value:"searchOrganizations"});let g=async function(e,a=10){(0,o.cacheTag)(t.f.regions,t.f.organizations),(0,o.cacheLife)("max");let r=d(e),c=await l.f.$queryRaw`
    SELECT r."code", r."name", r."level"::text AS level,
      GREATEST(
        word_similarity(${r}, lower(unaccent(r."name"))),
        similarity(replace(${r}, ' ', ''), replace(lower(unaccent(regexp_replace(r."name", '^(Kabupaten|Kota) ', ''))), ' ', ''))
      )::float8 AS score,
      p."slug" AS "provinceSlug"
    FROM "Region" r
    LEFT JOIN "Region" p ON p."code" = CASE WHEN r."level" = 'province' THEN r."code" ELSE r."parentCode" END
    WHERE r."level" IN ('province', 'regency')
      AND GREATEST(
        word_similarity(${r}, lower(unaccent(r."name"))),
        similarity(replace(${r}, ' ', ''), replace(lower(unaccent(regexp_replace(r."name", '^(Kabupaten|Kota) ', ''))), ' ', ''))
      ) >= ${.5}
    ORDER BY score DESC, r."name"
    LIMIT ${a}`;if(0===c.length)return[];let n=await l.f.$queryRaw`
    SELECT r.code, o."id", o."name"
    FROM unnest(${c.map(e=>e.code)}::text[]) AS r(code)
    JOIN "Organization" o ON o."regionCode" = r.code OR o."regionCode" LIKE r.code || '.%'
    ORDER BY o."name"`;return c.map(e=>({...e,organizations:n.filter(a=>a.code===e.code).map(({id:e,name:a})=>({id:e,name:a}))}))};var u=(0,i.cache)(function(){return(0,n.cache)("default","e0455c0f53901853c51c0e78f3bf71d81de492ed97",0,g,Array.prototype.slice.call(arguments,0,2))});(0,c.registerServerReference)(u,"e0455c0f53901853c51c0e78f3bf71d81de492ed97",null),Object.defineProperty(u,"name",{value:"searchRegions"});let R=async function(e,a=10){(0,o.cacheTag)(t.f.sources),(0,o.cacheLife)("max");let r=d(e);return l.f.$queryRaw`
    WITH fields AS (
      SELECT s."id", s."publisher", s."title", s."publisher" AS matched FROM "Source" s
      UNION ALL
      SELECT s."id", s."publisher", s."title", s."title" FROM "Source" s WHERE s."title" IS NOT NULL
    ), scored AS (
      SELECT f.*, GREATEST(
          word_similarity(${r}, lower(unaccent(f.matched))),
          similarity(replace(${r}, ' ', ''), replace(lower(unaccent(f.matched)), ' ', ''))
        )::float8 AS score
      FROM fields f
    )
    SELECT DISTINCT ON ("id") "id", "publisher", "title", matched, score FROM scored
    WHERE score >= ${.5}
    ORDER BY "id", score DESC`.then(e=>e.sort((e,a)=>a.score-e.score).slice(0,a))};var E=(0,i.cache)(function(){return(0,n.cache)("default","e04fe35ca7955cf260b856e9ea1c35e959141f3b76",0,R,Array.prototype.slice.call(arguments,0,2))});async function m(e){let[a,r,c]=await Promise.all([f(e),u(e),E(e)]);return{organizations:a,regions:r,sources:c}}(0,c.registerServerReference)(E,"e04fe35ca7955cf260b856e9ea1c35e959141f3b76",null),Object.defineProperty(E,"name",{value:"searchSources"});let y=async function(e){(0,o.cacheTag)(t.f.claims),(0,o.cacheLife)("max");let a=d(e);return(await l.f.$queryRaw`
    SELECT "key" FROM "Category"
    WHERE GREATEST(word_similarity(${a}, lower(unaccent("nameId"))), word_similarity(${a}, lower(unaccent("nameEn"))), word_similarity(${a}, "key")) >= ${.5}`).map(e=>e.key)};var p=(0,i.cache)(function(){return(0,n.cache)("default","c0af54984b4643ae3ab958e4bcdf25388d5531fb55",0,y,Array.prototype.slice.call(arguments,0,1))});(0,c.registerServerReference)(p,"c0af54984b4643ae3ab958e4bcdf25388d5531fb55",null),Object.defineProperty(p,"name",{value:"searchCategoryKeys"}),e.s(["k",0,f,"_",0,u,"C",0,E,"P",0,p,"$",0,m,"u",0,p,"v",0,f,"L",0,u]),r()}catch(e){r(e)}},!1)];

//# sourceMappingURL=lib_search_queries_ts_11el-n39g-g6q._.js.map