:HL["/_next/static/chunks/3z0mg0cld1hlf.css","style"]
5:[["children",{"s":"__PAGE__","h":57504}]]
4:[["children",{"s":"baru","h":57440,"c":"$Q5"}]]
3:[["children",{"s":"sumber","h":57440,"c":"$Q4"}]]
2:[["children",{"s":"admin","h":57440,"c":"$Q3"}]]
1:[["children",{"s":"(admin)","h":57456,"c":"$Q2"}]]
0:{"b":"h_SQlIpPRnI0c8LbIOIQ8","t":{"t":{"s":"","h":57424,"c":"$Q1"}}}
