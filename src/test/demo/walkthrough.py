#!/usr/bin/env python3
"""Drives the PAN3 demo over the engine's REST API, as its users would in Tasklist, from the committee's review
to the published plan: python3 src/test/demo/walkthrough.py [review|consultation|assess|adopt|all].
Needs the application running with the demo on a fresh ./data (PAN_URL, default http://localhost:8080).
Each step moves the demo clock (/app/demo/horloge) like an operator would; watch it in Cockpit."""
import base64, http.cookiejar, json, os, re, sys, time, urllib.request
B=os.environ.get('PAN_URL', 'http://localhost:8080')
def auth(u): return 'Basic '+base64.b64encode(f'{u}:{"admin" if u == "admin" else "demo"}'.encode()).decode()
def req(method, path, user='oelmoustamide', body=None, ctype='application/json', opener=None):
    data = None if body is None else (json.dumps(body).encode() if ctype=='application/json' else body.encode())
    r = urllib.request.Request(B+path, data=data, method=method, headers={'Authorization': auth(user), 'Content-Type': ctype})
    try:
        with (opener or urllib.request.build_opener()).open(r) as resp:
            t = resp.read().decode()
            return resp.status, (json.loads(t) if t and resp.headers.get('Content-Type','').startswith('application/json') else t)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()[:500]
def tasks(user, key=None, group=False):
    q = {'assignee': user} if not group else {'candidateUser': user}
    if key: q['taskDefinitionKey'] = key
    return req('POST', '/engine-rest/task?maxResults=1000', user, q)[1]
def complete(user, tid, variables):
    v = {}
    for k, val in variables.items():
        if isinstance(val, (list, dict)): v[k] = {'type': 'Json', 'value': json.dumps(val)}
        else: v[k] = {'value': val}
    s, b = req('POST', f'/engine-rest/task/{tid}/submit-form', user, {'variables': v})
    if s >= 300: print('FAIL', user, tid, s, b); sys.exit(1)
def var(user, tid, name):
    s, b = req('GET', f'/engine-rest/task/{tid}/form-variables?variableNames={name}&deserializeValues=false', user)
    v = b[name]
    return json.loads(v['value']) if isinstance(v['value'], str) and v['type'] == 'Json' else v['value']
def advance(hours):
    cj = http.cookiejar.CookieJar(); op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cj))
    s, page = req('GET', '/app/demo/horloge', 'oelmoustamide', opener=op)
    tok = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    s, b = req('POST', '/app/demo/horloge', 'oelmoustamide', f'heures={hours}&_csrf={tok}', 'application/x-www-form-urlencoded', op)
    time.sleep(8)
def wait_tasks(user, key, n=1, group=True, tries=40):
    for _ in range(tries):
        t = tasks(user, key, group)
        if len(t) >= n: return t
        time.sleep(3)
    print('no tasks', user, key, len(t)); sys.exit(1)
def ready():
    try:
        if req('GET', '/engine-rest/user/oelmoustamide/profile')[0] != 200: return False
        # the demo's co-creation starts in the background once the application is ready (DemoCoCreation)
        return 'en cours de d' not in json.dumps(req('GET', '/actuator/health', 'oelmoustamide')[1], ensure_ascii=False)
    except urllib.error.URLError: return False   # not listening yet
for _ in range(60):   # on a first start the demo's users exist only once the demo is loaded
    if ready(): break
    time.sleep(2)
step = sys.argv[1] if len(sys.argv) > 1 else 'all'
SEC = 'oelmoustamide'
STEPS = ['review', 'consultation', 'assess', 'adopt']
for step in (STEPS if step == 'all' else [step]):
  if step == 'review':
      advance(24*5)   # past 26 Feb 23:59: the window closes, missing reviews recorded
      cons = wait_tasks(SEC, 'Task_ConsolidateReview', 22)
      print('consolidations', len(cons))
      # the minutes' decisions that end a draft: #4 cancelled, #8 merged into #9; the others stand for revised
      ending = {'PAN3-04': {'decision': 'CANCEL', 'decisionReason':
                    "Absence de lien direct avec les principes d'ouverture (comité du 22/02/2024)"},
                'PAN3-08': {'decision': 'MERGE', 'mergeTargetReference': 'PAN3-09', 'decisionReason':
                    'Fusionner les deux engagements proposés par le secteur de la jeunesse.'}}
      for t in cons:
          complete(SEC, t['id'], ending.get(re.search(r'PAN3-\d\d', t['name']).group(0), {'decision': 'ACCEPT'}))
      print('decided')
  elif step == 'consultation':
      advance(24*7)  # past 4 March: the revision round closes
      t = wait_tasks(SEC, 'Task_PrepareConsultation')[0]
      complete(SEC, t['id'], {'opensOn': '2024-03-11', 'closesOn': '2024-03-31'})
      advance(24*5); advance(24*21); advance(48)   # opens 11 March, closes 31 March 23:59
      print('consultation closed, assessment open:', len(wait_tasks('hbennani', 'Task_AssessCommitments', 1, False)))
  elif step == 'assess':
      s, members = req('GET', '/engine-rest/user?memberOfGroup=committee-government&maxResults=100', 'admin')
      s, cs = req('GET', '/engine-rest/user?memberOfGroup=committee-civil-society&maxResults=100', 'admin')
      impacts = ['TRANSFORMATIVE', 'MODERATE', 'MINOR', 'MODERATE']
      n = 0
      for m in [u['id'] for u in members + cs]:
          ts = tasks(m, 'Task_AssessCommitments')
          if not ts: continue
          t = ts[0]
          rows = var(m, t['id'], 'assessments')
          for i, r in enumerate(rows):
              r['impact'] = impacts[i % 4] if i < 14 else 'NONE'
              r['relevance'] = ['TRANSPARENCY', 'CIVIC_PARTICIPATION']
              r['justification'] = 'Évaluation en séance'
          complete(m, t['id'], {'assessments': rows}); n += 1
      print('assessed by', n, 'members over', len(rows), 'commitments')
  elif step == 'adopt':
      t = wait_tasks(SEC, 'Task_ReviewRanking')[0]
      print(var(SEC, t['id'], 'rankingSummary')[:600])
      complete(SEC, t['id'], {'noteToSupportUnit': 'Merci pour votre avis.'})
      t = wait_tasks('ogp.support', 'Task_GiveSupportUnitFeedback')[0]
      rows = var('ogp.support', t['id'], 'supportUnitFeedback')
      rows[0]['feedback'] = 'Très bon engagement.'
      complete('ogp.support', t['id'], {'supportUnitFeedback': rows, 'generalOpinion': 'Liste solide.'})
      t = wait_tasks(SEC, 'Task_SelectCommitments')[0]
      rows = var(SEC, t['id'], 'selection')
      for i, r in enumerate(rows):
          r['selected'] = i < 12
          if i >= 12 and not r.get('reason'): r['reason'] = 'Impact jugé insuffisant par le comité'
      complete(SEC, t['id'], {'selection': rows})
      t = wait_tasks(SEC, 'Task_ValidateSelection')[0]
      complete(SEC, t['id'], {'selectionValidated': 'true'})
      t = wait_tasks(SEC, 'Task_ReviewReasonedResponses')[0]
      rows = var(SEC, t['id'], 'responses')
      for r in rows:
          if not r['text']: r['text'] = "Idée hors du champ du plan : transmise à l'institution compétente."
      complete(SEC, t['id'], {'responses': rows})
      print('published', len(rows))
