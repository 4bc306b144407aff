// Ready queries for Neo4j Browser (http://localhost:7474/browser/). Load style.grass first (see README).

// 1. Who responded to which incident: every clash, the statements about it and who made them.
MATCH (e:Event {kind: 'CLASH'})<-[r:RESPONDS_TO]-(s:Statement)<-[said:SAID]-(a:Actor)
RETURN e, r, s, said, a;

// 2. Accusations between two states: statements by Azerbaijan or its institutions that accuse Armenia.
MATCH (az:State {name: 'Azerbaijan'}), (am:State {name: 'Armenia'})
MATCH (speaker:Actor)-[said:SAID]->(s:Statement {stance: 'ACCUSES'})-[t:TARGETS]->(am)
WHERE speaker = az OR (speaker)-[:PART_OF*1..2]->(az)
RETURN speaker, said, s, t, am;

// 3. An actor's neighbourhood: everything within two hops of Charles Michel.
MATCH p = (:Person {name: 'Charles Michel'})-[*1..2]-()
RETURN p LIMIT 150;

// 4. One incident, two articles: the 3 August 2022 clash and the articles that mention it.
MATCH (e:Event {kind: 'CLASH'})<-[m:MENTIONS]-(ar:Article)-[pb:PUBLISHED_BY]->(o:Outlet)
WHERE e.date = date('2022-08-03')
RETURN e, m, ar, pb, o;

// 5. Competing casualty claims about the 1 September 2023 clash.
MATCH (e:Event {kind: 'CLASH'}) WHERE e.date = date('2023-09-01')
MATCH (c:CasualtyClaim)-[ab:ABOUT]->(e), (c)-[cb:CLAIMED_BY]->(claimant), (c)-[sd:SIDE]->(side)
RETURN e, ab, c, cb, claimant, sd, side;
