#!/usr/bin/env python3
# Server-side throughput, run by hand against a running lyceum-server (not part of CTest):
#   build/bin/lyceum-server --data /tmp/b --listen 127.0.0.1:0 --generate 10000,100000
#   python3 tests/server/manual/server_throughput.py PORT [LIMIT]
# Registers an account, pulls the whole changes feed three times (pages read raw, without JSON
# parsing, so the figure is the server's), then applies 2000 post.create mutations.
import json, sys, time, http.client, re
port=int(sys.argv[1]); limit=int(sys.argv[2]) if len(sys.argv) > 2 else 5000
def req(c, method, path, body=None, token=None):
    h={'Content-Type':'application/json'}
    if token: h['Authorization']='Bearer '+token
    c.request(method,path,body=json.dumps(body) if body is not None else None,headers=h)
    r=c.getresponse(); return r.status, r.read()
c=http.client.HTTPConnection('127.0.0.1',port)
req(c,'POST','/api/v1/auth/register',{'handle':'throughput','password':'benchbench','display_name':'b'})
tok=json.loads(req(c,'POST','/api/v1/auth/login',{'handle':'throughput','password':'benchbench'})[1])['access_token']
for rep in range(3):
    t=time.perf_counter(); n=0; cursor=''; pages=0
    while True:
        s,body=req(c,'GET','/api/v1/sync?limit=%d&cursor=%s'%(limit,cursor),token=tok)
        tail=body[-200:].decode('utf-8','replace')
        cursor=re.search(r'"cursor":"([^"]+)"',tail).group(1); more='"has_more":true' in tail
        n+=body.count(b'{"seq":'); pages+=1
        if not more: break
    dt=time.perf_counter()-t
    print(f"limit={limit}: {n} records, {pages} pages, {dt:.3f}s -> {n/dt:,.0f} records/s")
# mutations: 2000 post.create, 100 per request
t=time.perf_counter()
for b in range(20):
    muts=[{"id":"bm-%d-%d"%(b,i),"type":"post.create","args":{"id":"bp-%d-%d"%(b,i),"thread_id":"gt-%d"%(3*(i*37%3333)),"body":"基准 benchmark %d"%i}} for i in range(100)]
    s,body=req(c,'POST','/api/v1/mutations',{"client_id":"bench","mutations":muts},token=tok)
    assert s==200 and body.count(b'"applied"')==100, body[:300]
dt=time.perf_counter()-t
print(f"mutations: 2000 post.create in {dt:.2f}s -> {2000/dt:,.0f}/s")
