3:[["children",{"s":"__PAGE__","h":49312}]]
2:[["children",{"s":"baseline","h":49248,"c":"$Q3"}]]
1:[["children",{"s":"(baseline)","h":49264,"c":"$Q2"}]]
0:{"b":"h_SQlIpPRnI0c8LbIOIQ8","t":{"t":{"s":"","h":49232,"c":"$Q1"}}}
