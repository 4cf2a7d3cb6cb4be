1:"$Sreact.fragment"
2:"/_next/static/chunks/0wj0noag-9_fs.js"
3:I[39756,["$2"],"default"]
4:I[37457,["$2"],"default"]
c:I[97367,["$2"],"OutletBoundary"]
d:"$Sreact.suspense"
10:"ViewportBoundary"
11:I[97367,["$2"],"$10"]
13:"MetadataBoundary"
14:I[97367,["$2"],"$13"]
17:I[68027,[],"default",1]
:HL["/_next/static/chunks/3z0mg0cld1hlf.css","style"]
5:X
8:X
f:X
a:[["children",{"s":"__PAGE__","h":512,"d":{"r":["$","$1","c",{"children":["$Lb",null,["$","$Lc",null,{"children":["$","$d",null,{"name":"Next.MetadataOutlet","children":"$@e"}]}]]}],"p":true,"v":"$f"}}]]
9:[["children",{"s":{"n":"rest","t":"c","k":"%%drp:rest:04be60f11fb0a%%","s":["api","cari","edisi","kategori","klaim","nasional","organisasi","provinsi","sumber"]},"h":512,"d":{"r":["$","$1","c",{"children":[null,["$","$L3",null,{"parallelRouterKey":"children","error":"$undefined","errorStyles":"$undefined","errorScripts":"$undefined","template":["$","$L4",null,{}],"templateStyles":"$undefined","templateScripts":"$undefined","notFound":"$undefined","forbidden":"$undefined","unauthorized":"$undefined"}]]}],"p":true,"v":"$5"},"c":"$Qa"}]]
6:[["children",{"s":{"n":"locale","t":"d","k":"en","s":["admin","api","baseline","feed.xml"]},"h":528,"d":{"r":["$","$1","c",{"children":[[["$","link","0",{"rel":"stylesheet","href":"/_next/static/chunks/3z0mg0cld1hlf.css","precedence":"next","crossOrigin":"$undefined","nonce":"$undefined"}],["$","script","script-0",{"src":"/_next/static/chunks/3jnz288hr37qd.js","async":true,"nonce":"$undefined"}],["$","script","script-1",{"src":"/_next/static/chunks/1pavj-e2rtjhw.js","async":true,"nonce":"$undefined"}]],"$L7"]}],"p":true,"v":"$8"},"c":"$Q9"}]]
16:X
18:X
19:X
0:{"P":null,"c":["","en","[...rest]"],"q":"","i":false,"t":{"t":{"s":"","h":528,"d":{"r":["$","$1","c",{"children":[null,["$","$L3",null,{"parallelRouterKey":"children","error":"$undefined","errorStyles":"$undefined","errorScripts":"$undefined","template":["$","$L4",null,{}],"templateStyles":"$undefined","templateScripts":"$undefined","notFound":[[["$","title",null,{"children":"404: This page could not be found."}],["$","div",null,{"style":{"fontFamily":"system-ui,\"Segoe UI\",Roboto,Helvetica,Arial,sans-serif,\"Apple Color Emoji\",\"Segoe UI Emoji\"","height":"100vh","textAlign":"center","display":"flex","flexDirection":"column","alignItems":"center","justifyContent":"center"},"children":["$","div",null,{"children":[["$","style",null,{"dangerouslySetInnerHTML":{"__html":"body{color:#000;background:#fff;margin:0}.next-error-h1{border-right:1px solid rgba(0,0,0,.3)}@media (prefers-color-scheme:dark){body{color:#fff;background:#000}.next-error-h1{border-right:1px solid rgba(255,255,255,.3)}}"}}],["$","h1",null,{"className":"next-error-h1","style":{"display":"inline-block","margin":"0 20px 0 0","padding":"0 23px 0 0","fontSize":24,"fontWeight":500,"verticalAlign":"top","lineHeight":"49px"},"children":404}],["$","div",null,{"style":{"display":"inline-block"},"children":["$","h2",null,{"style":{"fontSize":14,"fontWeight":400,"lineHeight":"49px","margin":0},"children":"This page could not be found."}]}]]}]}]],[]],"forbidden":"$undefined","unauthorized":"$undefined"}]]}],"p":true,"v":"$5"},"c":"$Q6"},"h":{"r":["$","$1","h",{"children":[null,["$","$L11",null,{"children":"$L12"}],["$","$L14",null,{"children":[["$","div",null,{"hidden":true,"children":["$","$d",null,{"name":"Next.Metadata","children":"$L15"}]}],null]}],null]}],"p":true,"v":"$16"}},"m":"$undefined","G":["$17",[]],"S":true,"r":"$18","s":"$19","a":"$@1a","l":"$undefined","p":"$undefined","d":"$undefined","b":"h_SQlIpPRnI0c8LbIOIQ8","u":"$@1b"}
5:C
19:300
8:T6,locale7:["$","html",null,{"lang":"en","children":["$","body",null,{"className":"min-h-screen bg-white font-sans text-slate-900 antialiased","children":"$L1c"}]}]
12:[["$","meta","0",{"charSet":"utf-8"}],["$","meta","1",{"name":"viewport","content":"width=device-width, initial-scale=1"}]]
1d:"/_next/static/chunks/3jnz288hr37qd.js"
1e:"/_next/static/chunks/1pavj-e2rtjhw.js"
1f:I[75696,["$1d","$1e"],"default"]
24:I[11667,["$1d","$1e"],"LanguageSwitch"]
16:T6,locale1c:["$","$L1f",null,{"formats":"$undefined","locale":"en","messages":null,"now":"$undefined","timeZone":"Asia/Jakarta","children":[["$","a",null,{"href":"#konten","className":"sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2 focus:text-slate-900","children":"Skip to content"}],["$","header",null,{"className":"border-b border-slate-200 bg-brand-900 text-white","children":["$","div",null,{"className":"mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3","children":["$L20",["$","nav",null,{"aria-label":"Main","className":"flex flex-wrap items-center gap-x-4 gap-y-1 text-sm","children":["$L21","$L22","$L23",["$","$L24",null,{"target":"id","label":"Bahasa Indonesia"}]]}]]}]}],["$","main",null,{"id":"konten","className":"mx-auto max-w-5xl px-4 py-8","children":["$","$L3",null,{"parallelRouterKey":"children","error":"$undefined","errorStyles":"$undefined","errorScripts":"$undefined","template":["$","$L4",null,{}],"templateStyles":"$undefined","templateScripts":"$undefined","notFound":["$L25",[]],"forbidden":"$undefined","unauthorized":"$undefined"}]}],["$","footer",null,{"className":"mt-16 border-t border-slate-200","children":["$","div",null,{"className":"mx-auto max-w-5xl px-4 py-6 text-sm text-slate-600","children":"Every placing on this site comes from a news article stored in full, with its exact words. Where sources differ, every version is shown."}]}]]}]
27:I[77105,["$1d","$1e"],"default"]
25:["$","div",null,{"className":"max-w-3xl py-8","children":[["$","h1",null,{"className":"text-2xl font-bold text-brand-900","children":"Page not found"}],["$","p",null,{"className":"mt-3 text-slate-700","children":"This address does not exist on the Paritrana Award Record. The link may have a typo."}],["$","p",null,{"className":"mt-6","children":"$L26"}]]}]
20:["$","$L27",null,{"ref":"$undefined","href":"/en","locale":"$undefined","localeCookie":{"name":"NEXT_LOCALE","sameSite":"lax"},"className":"font-semibold tracking-tight","children":"Paritrana Award Record"}]
21:["$","$L27",null,{"ref":"$undefined","href":"/en/kategori","locale":"$undefined","localeCookie":"$20:props:localeCookie","className":"underline-offset-4 hover:underline","children":"Categories"}]
22:["$","$L27",null,{"ref":"$undefined","href":"/en/cari","locale":"$undefined","localeCookie":"$20:props:localeCookie","className":"underline-offset-4 hover:underline","children":"Search"}]
23:["$","$L27",null,{"ref":"$undefined","href":"/en/api","locale":"$undefined","localeCookie":"$20:props:localeCookie","className":"underline-offset-4 hover:underline","children":"Data & API"}]
26:["$","$L27",null,{"ref":"$undefined","href":"/en","locale":"$undefined","localeCookie":"$20:props:localeCookie","className":"text-brand-700 underline underline-offset-2","children":"Back to the home page"}]
19:C
16:C
18:C
f:C
8:C
1b:false
1a:null
