:HL["/_next/static/chunks/3z0mg0cld1hlf.css","style"]
3:[["children",{"s":"__PAGE__","h":57504}]]
2:[["children",{"s":"admin","h":57440,"c":"$Q3"}]]
1:[["children",{"s":"(admin)","h":57456,"c":"$Q2"}]]
0:{"b":"h_SQlIpPRnI0c8LbIOIQ8","t":{"t":{"s":"","h":57424,"c":"$Q1"}}}
