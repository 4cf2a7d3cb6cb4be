1:[["children",{"s":"__PAGE__","h":49328}]]
0:{"b":"h_SQlIpPRnI0c8LbIOIQ8","t":{"t":{"s":"","h":49232,"c":"$Q1"}}}
