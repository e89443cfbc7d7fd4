package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// setTopic computes each report's share of the topic's words (Options.Topic): for every analysed
// topic term, one facet search counts the reports whose text or headings hold it.
func (s *snapshot) setTopic(topic string) {
	terms := map[string]bool{}
	for _, tok := range s.analyzer.Analyze([]byte(topic)) {
		terms[string(tok.Term)] = true
	}
	if len(terms) == 0 {
		return
	}
	hits := map[string]int{}
	for t := range terms {
		q := bleve.NewDisjunctionQuery(fieldTerm(FieldText, t), fieldTerm(FieldHeading, t))
		req := bleve.NewSearchRequestOptions(q, 0, 0, false)
		req.AddFacet("reports", bleve.NewFacetRequest(FieldReport, len(s.corpus.Reports)))
		res, err := s.bleve.Search(req)
		if err != nil {
			continue
		}
		if f := res.Facets["reports"]; f != nil && f.Terms != nil {
			for _, tf := range f.Terms.Terms() {
				hits[tf.Term]++
			}
		}
	}
	share := make(map[string]float64, len(s.corpus.Reports))
	for _, r := range s.corpus.Reports {
		share[r.ID] = float64(hits[r.ID]) / float64(len(terms))
	}
	s.topicShare = share
}

// fieldTerm is a term query on one field.
func fieldTerm(field, term string) *query.TermQuery {
	q := bleve.NewTermQuery(term)
	q.SetField(field)
	return q
}
