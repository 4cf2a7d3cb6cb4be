1:"$Sreact.fragment"
2:"/_next/static/chunks/0wj0noag-9_fs.js"
3:I[39756,["$2"],"default"]
4:I[37457,["$2"],"default"]
e:I[97367,["$2"],"OutletBoundary"]
f:"$Sreact.suspense"
12:"ViewportBoundary"
13:I[97367,["$2"],"$12"]
15:"MetadataBoundary"
16:I[97367,["$2"],"$15"]
19:I[68027,[],"default",1]
:HL["/_next/static/chunks/3z0mg0cld1hlf.css","style"]
5:X
8:X
11:X
c:[["children",{"s":"__PAGE__","h":512,"d":{"r":["$","$1","c",{"children":["$Ld",null,["$","$Le",null,{"children":["$","$f",null,{"name":"Next.MetadataOutlet","children":"$@10"}]}]]}],"p":true,"v":"$11"}}]]
b:[["children",{"s":{"n":"id","t":"d","k":"%%drp:id:5f9f47cb54b4a%%","s":[]},"h":512,"d":{"r":["$","$1","c",{"children":[null,["$","$L3",null,{"parallelRouterKey":"children","error":"$undefined","errorStyles":"$undefined","errorScripts":"$undefined","template":["$","$L4",null,{}],"templateStyles":"$undefined","templateScripts":"$undefined","notFound":"$undefined","forbidden":"$undefined","unauthorized":"$undefined"}]]}],"p":true,"v":"$5"},"c":"$Qc"}]]
a:[["children",{"s":"klaim","h":512,"d":{"r":["$","$1","c",{"children":[null,["$","$L3",null,{"parallelRouterKey":"children","error":"$undefined","errorStyles":"$undefined","errorScripts":"$undefined","template":["$","$L4",null,{}],"templateStyles":"$undefined","templateScripts":"$undefined","notFound":"$undefined","forbidden":"$undefined","unauthorized":"$undefined"}]]}],"p":true,"v":"$5"},"c":"$Qb"}]]
9:[["children",{"s":"(public)","h":512,"d":{"r":["$","$1","c",{"children":[null,["$","$L3",null,{"parallelRouterKey":"children","error":"$undefined","errorStyles":"$undefined","errorScripts":"$undefined","template":["$","$L4",null,{}],"templateStyles":"$undefined","templateScripts":"$undefined","notFound":"$undefined","forbidden":"$undefined","unauthorized":"$undefined"}]]}],"p":true,"v":"$5"},"c":"$Qa"}]]
6:[["children",{"s":{"n":"locale","t":"d","k":"en","s":["admin","api","baseline","feed.xml"]},"h":528,"d":{"r":["$","$1","c",{"children":[[["$","link","0",{"rel":"stylesheet","href":"/_next/static/chunks/3z0mg0cld1hlf.css","precedence":"next","crossOrigin":"$undefined","nonce":"$undefined"}],["$","script","script-0",{"src":"/_next/static/chunks/3jnz288hr37qd.js","async":true,"nonce":"$undefined"}],["$","script","script-1",{"src":"/_next/static/chunks/1pavj-e2rtjhw.js","async":true,"nonce":"$undefined"}]],"$L7"]}],"p":true,"v":"$8"},"c":"$Q9"}]]
18:X
1a:X
1b:X
0:{"P":null,"c":["","en","klaim","[id]"],"q":"","i":false,"t":{"t":{"s":"","h":528,"d":{"r":["$","$1","c",{"children":[null,["$","$L3",null,{"parallelRouterKey":"children","error":"$undefined","errorStyles":"$undefined","errorScripts":"$undefined","template":["$","$L4",null,{}],"templateStyles":"$undefined","templateScripts":"$undefined","notFound":[[["$","title",null,{"children":"404: This page could not be found."}],["$","div",null,{"style":{"fontFamily":"system-ui,\"Segoe UI\",Roboto,Helvetica,Arial,sans-serif,\"Apple Color Emoji\",\"Segoe UI Emoji\"","height":"100vh","textAlign":"center","display":"flex","flexDirection":"column","alignItems":"center","justifyContent":"center"},"children":["$","div",null,{"children":[["$","style",null,{"dangerouslySetInnerHTML":{"__html":"body{color:#000;background:#fff;margin:0}.next-error-h1{border-right:1px solid rgba(0,0,0,.3)}@media (prefers-color-scheme:dark){body{color:#fff;background:#000}.next-error-h1{border-right:1px solid rgba(255,255,255,.3)}}"}}],["$","h1",null,{"className":"next-error-h1","style":{"display":"inline-block","margin":"0 20px 0 0","padding":"0 23px 0 0","fontSize":24,"fontWeight":500,"verticalAlign":"top","lineHeight":"49px"},"children":404}],["$","div",null,{"style":{"display":"inline-block"},"children":["$","h2",null,{"style":{"fontSize":14,"fontWeight":400,"lineHeight":"49px","margin":0},"children":"This page could not be found."}]}]]}]}]],[]],"forbidden":"$undefined","unauthorized":"$undefined"}]]}],"p":true,"v":"$5"},"c":"$Q6"},"h":{"r":["$","$1","h",{"children":[null,["$","$L13",null,{"children":"$L14"}],["$","$L16",null,{"children":[["$","div",null,{"hidden":true,"children":["$","$f",null,{"name":"Next.Metadata","children":"$L17"}]}],null]}],null]}],"p":true,"v":"$18"}},"m":"$undefined","G":["$19",[]],"S":true,"r":"$1a","s":"$1b","a":"$@1c","l":"$undefined","p":"$undefined","d":"$undefined","b":"h_SQlIpPRnI0c8LbIOIQ8","u":"$@1d"}
5:C
1b:300
8:T6,locale7:["$","html",null,{"lang":"en","children":["$","body",null,{"className":"min-h-screen bg-white font-sans text-slate-900 antialiased","children":"$L1e"}]}]
1f:"/_next/static/chunks/3jnz288hr37qd.js"
20:"/_next/static/chunks/1pavj-e2rtjhw.js"
21:I[75696,["$1f","$20"],"default"]
26:I[11667,["$1f","$20"],"LanguageSwitch"]
14:[["$","meta","0",{"charSet":"utf-8"}],["$","meta","1",{"name":"viewport","content":"width=device-width, initial-scale=1"}]]
1e:["$","$L21",null,{"formats":"$undefined","locale":"en","messages":null,"now":"$undefined","timeZone":"Asia/Jakarta","children":[["$","a",null,{"href":"#konten","className":"sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2 focus:text-slate-900","children":"Skip to content"}],["$","header",null,{"className":"border-b border-slate-200 bg-brand-900 text-white","children":["$","div",null,{"className":"mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3","children":["$L22",["$","nav",null,{"aria-label":"Main","className":"flex flex-wrap items-center gap-x-4 gap-y-1 text-sm","children":["$L23","$L24","$L25",["$","$L26",null,{"target":"id","label":"Bahasa Indonesia"}]]}]]}]}],["$","main",null,{"id":"konten","className":"mx-auto max-w-5xl px-4 py-8","children":["$","$L3",null,{"parallelRouterKey":"children","error":"$undefined","errorStyles":"$undefined","errorScripts":"$undefined","template":["$","$L4",null,{}],"templateStyles":"$undefined","templateScripts":"$undefined","notFound":["$L27",[]],"forbidden":"$undefined","unauthorized":"$undefined"}]}],["$","footer",null,{"className":"mt-16 border-t border-slate-200","children":["$","div",null,{"className":"mx-auto max-w-5xl px-4 py-6 text-sm text-slate-600","children":"Every placing on this site comes from a news article stored in full, with its exact words. Where sources differ, every version is shown."}]}]]}]
29:I[77105,["$1f","$20"],"default"]
27:["$","div",null,{"className":"max-w-3xl py-8","children":[["$","h1",null,{"className":"text-2xl font-bold text-brand-900","children":"Page not found"}],["$","p",null,{"className":"mt-3 text-slate-700","children":"This address does not exist on the Paritrana Award Record. The link may have a typo."}],["$","p",null,{"className":"mt-6","children":"$L28"}]]}]
22:["$","$L29",null,{"ref":"$undefined","href":"/en","locale":"$undefined","localeCookie":{"name":"NEXT_LOCALE","sameSite":"lax"},"className":"font-semibold tracking-tight","children":"Paritrana Award Record"}]
23:["$","$L29",null,{"ref":"$undefined","href":"/en/kategori","locale":"$undefined","localeCookie":"$22:props:localeCookie","className":"underline-offset-4 hover:underline","children":"Categories"}]
24:["$","$L29",null,{"ref":"$undefined","href":"/en/cari","locale":"$undefined","localeCookie":"$22:props:localeCookie","className":"underline-offset-4 hover:underline","children":"Search"}]
25:["$","$L29",null,{"ref":"$undefined","href":"/en/api","locale":"$undefined","localeCookie":"$22:props:localeCookie","className":"underline-offset-4 hover:underline","children":"Data & API"}]
28:["$","$L29",null,{"ref":"$undefined","href":"/en","locale":"$undefined","localeCookie":"$22:props:localeCookie","className":"text-brand-700 underline underline-offset-2","children":"Back to the home page"}]
18:T6,locale1b:C
18:C
1a:C
11:C
8:C
1d:false
1c:null
