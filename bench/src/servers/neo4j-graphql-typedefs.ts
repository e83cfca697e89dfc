import { NEIGHBOURHOOD, SHORTEST_PATH } from '../queries/graph-view-cypher.js';

/**
 * The model as @neo4j/graphql v7 type definitions: the same labels, relationship types and
 * properties the ingest writes, relationship properties with @relationshipProperties, and @cypher
 * fields where a question needs Cypher the library does not generate (lineage, search across
 * labels, neighbourhoods, shortest paths), written as the library's users write them.
 */
export const TYPE_DEFS = /* GraphQL */ `
  type Linked @relationshipProperties {
    id: ID!
    evidence: [String!]
  }

  type Participation @relationshipProperties {
    id: ID!
    role: String!
    onBehalfOf: String
    evidence: [String!]
  }

  type Party @relationshipProperties {
    id: ID!
    role: String!
    evidence: [String!]
  }

  type Derivation @relationshipProperties {
    id: ID!
    how: String!
    evidence: [String!]
  }

  type Held @relationshipProperties {
    id: ID!
    title: String!
    start: String
    end: String
    knownFrom: Date!
    knownTo: Date!
    possibleFrom: Date
    possibleTo: Date
    evidence: [String!]
  }

  interface Actor {
    id: ID!
    name: String!
  }

  type Source @node {
    id: ID!
    name: String!
    file: String!
    publisher: String
    published: String
    publishedEarliest: Date
    language: String!
    url: String
    passages: [Evidence!]! @relationship(type: "QUOTED_FROM", direction: IN)
  }

  type Evidence @node {
    id: ID!
    sourceId: String!
    quote: String!
    start: Int!
    end: Int!
    section: String!
    source: [Source!]! @relationship(type: "QUOTED_FROM", direction: OUT)
  }

  type Country implements Actor @node {
    id: ID!
    name: String!
    aliases: [String!]
    evidence: [Evidence!]! @relationship(type: "SUPPORTED_BY", direction: OUT)
    events: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
    people: [Person!]! @relationship(type: "OF_COUNTRY", direction: IN, properties: "Linked")
  }

  type Organization implements Actor @node {
    id: ID!
    name: String!
    kind: String!
    acronym: String
    aliases: [String!]
    evidence: [Evidence!]! @relationship(type: "SUPPORTED_BY", direction: OUT)
    country: [Country!]! @relationship(type: "OF_COUNTRY", direction: OUT, properties: "Linked")
    posts: [Post!]! @relationship(type: "POST_IN", direction: IN, properties: "Linked")
    convened: [Event!]! @relationship(type: "CONVENED_BY", direction: IN, properties: "Linked")
  }

  type Person implements Actor @node {
    id: ID!
    name: String!
    aliases: [String!]
    evidence: [Evidence!]! @relationship(type: "SUPPORTED_BY", direction: OUT)
    country: [Country!]! @relationship(type: "OF_COUNTRY", direction: OUT, properties: "Linked")
    events: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
    posts: [Post!]! @relationship(type: "HELD", direction: OUT, properties: "Held")
    commitments: [Commitment!]! @relationship(type: "MADE_BY", direction: IN, properties: "Linked")
  }

  type Place @node {
    id: ID!
    name: String!
    kind: String!
    evidence: [Evidence!]! @relationship(type: "SUPPORTED_BY", direction: OUT)
    country: [Country!]! @relationship(type: "LOCATED_IN", direction: OUT, properties: "Linked")
  }

  type Theme @node {
    id: ID!
    name: String!
    evidence: [Evidence!]! @relationship(type: "SUPPORTED_BY", direction: OUT)
  }

  type Post @node {
    id: ID!
    name: String!
    aliases: [String!]
    searchName: String
    evidence: [Evidence!]! @relationship(type: "SUPPORTED_BY", direction: OUT)
    organization: [Organization!]! @relationship(type: "POST_IN", direction: OUT, properties: "Linked")
    holders: [Person!]! @relationship(type: "HELD", direction: IN, properties: "Held")
  }

  type Event @node {
    id: ID!
    name: String!
    kind: String!
    status: String!
    date: String
    dateEarliest: Date
    number: Int
    evidence: [Evidence!]! @relationship(type: "SUPPORTED_BY", direction: OUT)
    participants: [Actor!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
    places: [Place!]! @relationship(type: "TOOK_PLACE_IN", direction: OUT, properties: "Linked")
    convenedBy: [Organization!]! @relationship(type: "CONVENED_BY", direction: OUT, properties: "Linked")
    continues: [Event!]! @relationship(type: "CONTINUES", direction: OUT, properties: "Linked")
    commitments: [Commitment!]! @relationship(type: "MADE_AT", direction: IN, properties: "Linked")
    instruments: [Instrument!]! @relationship(type: "ADOPTED_AT", direction: IN, properties: "Linked")
    themes: [Theme!]! @relationship(type: "ON_THEME", direction: OUT, properties: "Linked")
  }

  type Axis @node {
    id: ID!
    name: String!
    order: Int!
  }

  type Instrument @node {
    id: ID!
    name: String!
    kind: String!
    status: String!
    date: String
    dateEarliest: Date
    evidence: [Evidence!]! @relationship(type: "SUPPORTED_BY", direction: OUT)
    adoptedAt: [Event!]! @relationship(type: "ADOPTED_AT", direction: OUT, properties: "Linked")
    parties: [Actor!]! @relationship(type: "PARTY_TO", direction: IN, properties: "Party")
    axes: [Axis!]! @relationship(type: "HAS_AXIS", direction: OUT, properties: "Linked")
    derived: [Commitment!]! @relationship(type: "DERIVES_FROM", direction: IN, properties: "Derivation")
  }

  type Commitment @node {
    id: ID!
    name: String!
    kind: String!
    status: String!
    date: String
    dateEarliest: Date
    evidence: [Evidence!]! @relationship(type: "SUPPORTED_BY", direction: OUT)
    madeBy: [Actor!]! @relationship(type: "MADE_BY", direction: OUT, properties: "Linked")
    madeAt: [Event!]! @relationship(type: "MADE_AT", direction: OUT, properties: "Linked")
    derivesFrom: [Commitment!]! @relationship(type: "DERIVES_FROM", direction: OUT, properties: "Derivation")
    themes: [Theme!]! @relationship(type: "ON_THEME", direction: OUT, properties: "Linked")
  }

  type SearchHit {
    id: ID!
    type: String!
    name: String
    score: Float!
  }

  type ViewNode {
    id: ID!
    type: String!
    label: String!
    degree: Int!
  }

  type ViewEdge {
    id: ID!
    type: String!
    source: ID!
    target: ID!
  }

  type GraphView {
    nodes: [ViewNode!]!
    edges: [ViewEdge!]!
  }

  type Query {
    "Commitments that trace back to an instrument or commitment through DERIVES_FROM, nearest first."
    lineage(of: ID!, maxDepth: Int = 10): [Commitment!]!
      @cypher(
        statement: """
        MATCH (root:Entity {id: $of})
        MATCH p = SHORTEST 1 (d:Commitment)-[:DERIVES_FROM]->{1,10}(root)
        WHERE length(p) <= $maxDepth
        RETURN d ORDER BY length(p), d.dateEarliest, d.name, d.id
        """
        columnName: "d"
      )

    "Full-text search over every label, with a Lucene query the client folds; an exact name or acronym first."
    search(lucene: String!, typed: String!, first: Int = 10): [SearchHit!]!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $first * 5}) YIELD node, score
        WITH node, score, coalesce(node.searchAcronym = $typed OR node.searchName = $typed, false) AS exact
        ORDER BY exact DESC, score DESC, node.id LIMIT $first
        RETURN {id: node.id, type: [l IN labels(node) WHERE NOT l IN ['Entity', 'Actor']][0],
                name: node.name, score: score} AS hit
        """
        columnName: "hit"
      )

    "Posts whose title matches, best first."
    postsByTitle(lucene: String!, first: Int = 5): [Post!]!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $first * 10}) YIELD node, score
        WHERE node:Post
        RETURN node ORDER BY score DESC, node.id LIMIT $first
        """
        columnName: "node"
      )

    "Nodes around a node to depth 2, at most perNode neighbours of each, and the relationships among them."
    neighbourhood(id: ID!, perNode: Int = 50, types: [String!]!): GraphView
      @cypher(statement: """
${NEIGHBOURHOOD}
""", columnName: "view")

    "A shortest path between two nodes over the given relationship types."
    shortestPath(from: ID!, to: ID!, types: [String!]!, maxLength: Int = 6): GraphView
      @cypher(statement: """
${SHORTEST_PATH}
""", columnName: "view")
  }
`;
