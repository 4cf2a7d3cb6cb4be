:HL["/_next/static/chunks/3z0mg0cld1hlf.css","style"]
5:[["children",{"s":"__PAGE__","h":49312}]]
4:[["children",{"s":{"n":"id","t":"d","k":null,"s":[]},"h":49248,"c":"$Q5"}]]
3:[["children",{"s":"klaim","h":49248,"c":"$Q4"}]]
2:[["children",{"s":"(public)","h":49248,"c":"$Q3"}]]
1:[["children",{"s":{"n":"locale","t":"d","k":null,"s":["admin","api","baseline","feed.xml"]},"h":49264,"c":"$Q2"}]]
0:{"b":"h_SQlIpPRnI0c8LbIOIQ8","t":{"t":{"s":"","h":49232,"c":"$Q1"}}}
