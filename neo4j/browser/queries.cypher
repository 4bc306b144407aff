// Ready queries for Neo4j Browser. Each draws one focused picture (a few dozen nodes at most).
// `npm start` serves them as a Browser guide: run `:guide http://localhost:4000/neo4j/guide.html`.
// Each block: a title line, a line saying what the picture shows, then the query.

// Who responded to the 3 August 2022 clash
// The clash, every statement made about it, and who made each one.
MATCH (e:Event {kind: 'CLASH'}) WHERE e.date = date('2022-08-03')
MATCH (e)<-[r:RESPONDS_TO]-(s:Statement)<-[said:SAID]-(a:Actor)
RETURN e, r, s, said, a;

// Azerbaijan accuses Armenia
// Statements by Azerbaijan or its institutions that accuse Armenia.
MATCH (az:State {name: 'Azerbaijan'}), (am:State {name: 'Armenia'})
MATCH (speaker:Actor)-[said:SAID]->(s:Statement {stance: 'ACCUSES'})-[t:TARGETS]->(am)
WHERE speaker = az OR (speaker)-[:PART_OF*1..2]->(az)
RETURN speaker, said, s, t, am;

// What Charles Michel said, and to whom
// His role, his statements, and the actors each statement urges, supports or accuses.
MATCH (m:Person {name: 'Charles Michel'})-[said:SAID]->(s:Statement)
OPTIONAL MATCH (s)-[t:TARGETS]->(target:Actor)
OPTIONAL MATCH (m)-[h:HELD]->(role:Role)-[o:OF]->(org:Actor)
RETURN m, said, s, t, target, h, role, o, org;

// One incident, two articles
// The 3 August 2022 clash and the articles and outlets that reported it.
MATCH (e:Event {kind: 'CLASH'})<-[m:MENTIONS]-(ar:Article)-[pb:PUBLISHED_BY]->(o:Outlet)
WHERE e.date = date('2022-08-03')
RETURN e, m, ar, pb, o;

// Competing casualty claims
// What each side claimed about casualties in the 1 September 2023 clash, and whose people.
MATCH (e:Event {kind: 'CLASH'}) WHERE e.date = date('2023-09-01')
MATCH (c:CasualtyClaim)-[ab:ABOUT]->(e), (c)-[cb:CLAIMED_BY]->(claimant), (c)-[sd:SIDE]->(side)
RETURN e, ab, c, cb, claimant, sd, side;

// How Sergei Lavrov and Toivo Klaar are connected
// The shortest chain of facts between two officials (the explorer's path view draws the same).
MATCH (a:Person {name: 'Sergei Lavrov'}), (b:Person {name: 'Toivo Klaar'})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE n:Node)
RETURN p;
