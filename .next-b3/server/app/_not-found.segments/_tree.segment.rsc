2:[["children",{"s":"__PAGE__","h":49312}]]
1:[["children",{"s":"/_not-found","h":49248,"c":"$Q2"}]]
0:{"b":"h_SQlIpPRnI0c8LbIOIQ8","t":{"t":{"s":"","h":49232,"c":"$Q1"}}}
