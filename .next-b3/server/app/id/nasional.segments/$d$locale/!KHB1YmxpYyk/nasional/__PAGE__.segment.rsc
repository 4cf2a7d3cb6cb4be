1:"$Sreact.fragment"
2:"/_next/static/chunks/0wj0noag-9_fs.js"
3:I[39756,["$2"],"default"]
4:I[37457,["$2"],"default"]
9:"/_next/static/chunks/3jnz288hr37qd.js"
a:"/_next/static/chunks/1pavj-e2rtjhw.js"
b:I[75696,["$9","$a"],"default"]
c:I[77105,["$9","$a"],"default"]
d:I[11667,["$9","$a"],"LanguageSwitch"]
1e:"ViewportBoundary"
1f:I[97367,["$2"],"$1e"]
20:"MetadataBoundary"
21:I[97367,["$2"],"$20"]
22:"$Sreact.suspense"
23:I[27201,["$2"],"IconMark"]
:HL["/_next/static/chunks/3z0mg0cld1hlf.css","style"]
6:X
6:C
7:X
7:300
7:300
7:C
f:X
f:T6,localef:C
1d:X
1d:T6,locale1d:C
14:[["children",{"s":"__PAGE__","h":49312,"d":{"r":["$","$1","c",{"children":[["$","article",null,{"children":[[["$","nav",null,{"aria-label":"Remah roti","className":"text-sm text-slate-600","children":"$L15"}],"$L16"],"$L17","$L18","$L19","$L1a"]}],null,"$L1b"]}],"p":"$@1c","v":"$1d","s":"$7"}}]]
12:[["children",{"s":"nasional","h":49248,"d":{"r":["$","$1","c",{"children":[null,["$","$L3",null,{"parallelRouterKey":"children","template":["$","$L4",null,{}]}]]}],"p":"$@13","v":"$6","s":"$7"},"c":"$Q14"}]]
10:[["children",{"s":"(public)","h":49248,"d":{"r":["$","$1","c",{"children":[null,["$","$L3",null,{"parallelRouterKey":"children","template":["$","$L4",null,{}]}]]}],"p":"$@11","v":"$6","s":"$7"},"c":"$Q12"}]]
8:[["children",{"s":{"n":"locale","t":"d","k":null,"s":["admin","api","baseline","feed.xml"]},"h":49264,"d":{"r":["$","$1","c",{"children":[[["$","link","0",{"rel":"stylesheet","href":"/_next/static/chunks/3z0mg0cld1hlf.css","precedence":"next"}],["$","script","script-0",{"src":"/_next/static/chunks/3jnz288hr37qd.js","async":true}],["$","script","script-1",{"src":"/_next/static/chunks/1pavj-e2rtjhw.js","async":true}]],["$","html",null,{"lang":"id","children":["$","body",null,{"className":"min-h-screen bg-white font-sans text-slate-900 antialiased","children":["$","$Lb",null,{"locale":"id","messages":null,"timeZone":"Asia/Jakarta","children":[["$","a",null,{"href":"#konten","className":"sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2 focus:text-slate-900","children":"Langsung ke konten"}],["$","header",null,{"className":"border-b border-slate-200 bg-brand-900 text-white","children":["$","div",null,{"className":"mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3","children":[["$","$Lc",null,{"href":"/","localeCookie":{"name":"NEXT_LOCALE","sameSite":"lax"},"className":"font-semibold tracking-tight","children":"Catatan Paritrana Award"}],["$","nav",null,{"aria-label":"Utama","className":"flex flex-wrap items-center gap-x-4 gap-y-1 text-sm","children":[["$","$Lc",null,{"href":"/kategori","localeCookie":"$8:0:1:d:r:props:children:1:props:children:props:children:props:children:1:props:children:props:children:0:props:localeCookie","className":"underline-offset-4 hover:underline","children":"Kategori"}],["$","$Lc",null,{"href":"/cari","localeCookie":"$8:0:1:d:r:props:children:1:props:children:props:children:props:children:1:props:children:props:children:0:props:localeCookie","className":"underline-offset-4 hover:underline","children":"Cari"}],["$","$Lc",null,{"href":"/api","localeCookie":"$8:0:1:d:r:props:children:1:props:children:props:children:props:children:1:props:children:props:children:0:props:localeCookie","className":"underline-offset-4 hover:underline","children":"Data & API"}],["$","$Ld",null,{"target":"en","label":"English"}]]}]]}]}],["$","main",null,{"id":"konten","className":"mx-auto max-w-5xl px-4 py-8","children":["$","$L3",null,{"parallelRouterKey":"children","template":["$","$L4",null,{}],"notFound":[["$","div",null,{"className":"max-w-3xl py-8","children":[["$","h1",null,{"className":"text-2xl font-bold text-brand-900","children":"Halaman tidak ditemukan"}],["$","p",null,{"className":"mt-3 text-slate-700","children":"Alamat ini tidak ada di Catatan Paritrana Award. Mungkin tautannya salah ketik."}],["$","p",null,{"className":"mt-6","children":["$","$Lc",null,{"href":"/","localeCookie":"$8:0:1:d:r:props:children:1:props:children:props:children:props:children:1:props:children:props:children:0:props:localeCookie","className":"text-brand-700 underline underline-offset-2","children":"Kembali ke beranda"}]}]]}],[]]}]}],["$","footer",null,{"className":"mt-16 border-t border-slate-200","children":["$","div",null,{"className":"mx-auto max-w-5xl px-4 py-6 text-sm text-slate-600","children":"Setiap peringkat di situs ini bersumber dari artikel berita yang tersimpan utuh, dengan kutipan persisnya. Di mana sumber berbeda, semua versi ditampilkan."}]}]]}]}]}]]}],"p":"$@e","v":"$f","s":"$7"},"c":"$Q10"}]]
25:X
25:T6,locale25:C
28:X
28:C
0:{"t":{"t":{"s":"","h":49232,"d":{"r":["$","$1","c",{"children":[null,["$","$L3",null,{"parallelRouterKey":"children","template":["$","$L4",null,{}],"notFound":[[["$","title",null,{"children":"404: This page could not be found."}],["$","div",null,{"style":{"fontFamily":"system-ui,\"Segoe UI\",Roboto,Helvetica,Arial,sans-serif,\"Apple Color Emoji\",\"Segoe UI Emoji\"","height":"100vh","textAlign":"center","display":"flex","flexDirection":"column","alignItems":"center","justifyContent":"center"},"children":["$","div",null,{"children":[["$","style",null,{"dangerouslySetInnerHTML":{"__html":"body{color:#000;background:#fff;margin:0}.next-error-h1{border-right:1px solid rgba(0,0,0,.3)}@media (prefers-color-scheme:dark){body{color:#fff;background:#000}.next-error-h1{border-right:1px solid rgba(255,255,255,.3)}}"}}],["$","h1",null,{"className":"next-error-h1","style":{"display":"inline-block","margin":"0 20px 0 0","padding":"0 23px 0 0","fontSize":24,"fontWeight":500,"verticalAlign":"top","lineHeight":"49px"},"children":404}],["$","div",null,{"style":{"display":"inline-block"},"children":["$","h2",null,{"style":{"fontSize":14,"fontWeight":400,"lineHeight":"49px","margin":0},"children":"This page could not be found."}]}]]}]}]],[]]}]]}],"p":"$@5","v":"$6","s":"$7"},"c":"$Q8"},"h":{"r":["$","$1","h",{"children":[null,["$","$L1f",null,{"children":[["$","meta","0",{"charSet":"utf-8"}],["$","meta","1",{"name":"viewport","content":"width=device-width, initial-scale=1"}]]}],["$","$L21",null,{"children":[["$","div",null,{"hidden":true,"children":["$","$22",null,{"name":"Next.Metadata","children":[["$","title","0",{"children":"Paritrana Award Tingkat Nasional · Catatan Paritrana Award"}],["$","meta","1",{"name":"description","content":"Edisi tingkat nasional Paritrana Award, diumumkan Wakil Presiden atau Menko PMK."}],["$","link","2",{"rel":"canonical","href":"http://localhost:3000/nasional"}],["$","link","3",{"rel":"alternate","hrefLang":"id","href":"http://localhost:3000/nasional"}],["$","link","4",{"rel":"alternate","hrefLang":"en","href":"http://localhost:3000/en/nasional"}],["$","link","5",{"rel":"alternate","hrefLang":"x-default","href":"http://localhost:3000/nasional"}],["$","meta","6",{"property":"og:title","content":"Paritrana Award Tingkat Nasional"}],["$","meta","7",{"property":"og:description","content":"Edisi tingkat nasional Paritrana Award, diumumkan Wakil Presiden atau Menko PMK."}],["$","meta","8",{"property":"og:url","content":"http://localhost:3000/nasional"}],["$","meta","9",{"property":"og:locale","content":"id_ID"}],["$","meta","10",{"property":"og:locale:alternate","content":"en_GB"}],["$","meta","11",{"property":"og:type","content":"website"}],["$","meta","12",{"name":"twitter:card","content":"summary"}],["$","meta","13",{"name":"twitter:title","content":"Paritrana Award Tingkat Nasional"}],["$","meta","14",{"name":"twitter:description","content":"Edisi tingkat nasional Paritrana Award, diumumkan Wakil Presiden atau Menko PMK."}],["$","link","15",{"rel":"icon","href":"/icon.svg"}],["$","$L23","16",{}]]}]}],null]}],null]}],"p":"$@24","v":"$25","s":"$7"}},"a":"$@26","u":"$@27","b":"h_SQlIpPRnI0c8LbIOIQ8","r":"$28"}
29:I[97367,["$2"],"OutletBoundary"]
15:["$","ol",null,{"className":"flex flex-wrap gap-x-1","children":[["$","li","/",{"className":"after:ml-1 after:content-['/'] last:after:content-none","children":["$","$Lc",null,{"href":"/","localeCookie":"$8:0:1:d:r:props:children:1:props:children:props:children:props:children:1:props:children:props:children:0:props:localeCookie","className":"underline underline-offset-2","children":"Beranda"}]}],["$","li","/nasional",{"className":"after:ml-1 after:content-['/'] last:after:content-none","children":["$","span",null,{"aria-current":"page","children":"Tingkat Nasional"}]}]]}]
16:["$","script",null,{"type":"application/ld+json","dangerouslySetInnerHTML":{"__html":"{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\",\"itemListElement\":[{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Beranda\",\"item\":\"http://localhost:3000/\"},{\"@type\":\"ListItem\",\"position\":2,\"name\":\"Tingkat Nasional\",\"item\":\"http://localhost:3000/nasional\"}]}"}}]
17:["$","h1",null,{"className":"mt-2 text-2xl font-bold tracking-tight text-brand-900 sm:text-3xl","children":"Paritrana Award Tingkat Nasional"}]
18:["$","p",null,{"className":"mt-2 text-slate-700","children":"Edisi tingkat nasional Paritrana Award, diumumkan Wakil Presiden atau Menko PMK."}]
19:["$","p",null,{"className":"text-sm text-slate-700","children":["Unduh data:"," ",["$","a",null,{"href":"/api/v1/claims?level=national&format=csv","className":"font-medium text-brand-700 underline underline-offset-2","download":true,"children":"CSV"}]," · ",["$","a",null,{"href":"/api/v1/claims?level=national","className":"font-medium text-brand-700 underline underline-offset-2","type":"application/json","children":"JSON"}]]}]
1a:["$","p",null,{"className":"mt-6 rounded-md border border-slate-200 bg-slate-50 p-4 text-slate-700","children":"Belum ada edisi tingkat nasional dengan sumber tersimpan. Begitu artikel tentang upacara nasional ditambahkan, peringkatnya tampil di sini dengan sumbernya."}]
1b:["$","$L29",null,{"children":["$","$22",null,{"name":"Next.MetadataOutlet","children":"$@2a"}]}]
27:false
2a:null
26:null
13:"$undefined"
11:"$undefined"
e:"$undefined"
5:"$undefined"
24:"$undefined"
1c:"$undefined"
