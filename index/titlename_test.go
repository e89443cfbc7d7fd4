package index

import (
	"strings"
	"testing"
)

// talks is a small report titled with a place its lede names once.
const talks = "---\ntitle: \"Harbour Talks in Bergen\"\ndate: 2024-03-02\n---\n" +
	"Ministers from Norway and Iceland met in Bergen on Friday for harbour talks.\n" +
	"Delegations\n" +
	"The Norwegian minister brought fisheries adviser Nils Larsen and lawyer Eva Berg.\n" +
	"Outcome\n" +
	"The talks ended without a fishing agreement."

// TestTitleNamesWeighLess: the names of a report's title are what every section is about, so
// beside another word of the question they do not decide which section answers it.
func TestTitleNamesWeighLess(t *testing.T) {
	ix := reportIndex(t, "talks.txt", talks)
	wantFirst(t, ix, "Delegations", "who came along to Bergen?", "who was brought to Bergen?")
	// Alone, or beside light words only, a title name is the question.
	wantAnswered(t, ix, "did they go to Bergen?")
	res := mustSearch(t, ix, Request{Text: "what happened in Bergen?"})
	if !res.Answered || res.Passages[0].Heading == "Outcome" {
		t.Errorf("answered %v (%s), passages %+v", res.Answered, res.Reason, res.Passages)
	}
	// A name that stands only for a title name (a capital for its country) weighs as one.
	ix = reportIndex(t, "talks.txt", strings.NewReplacer("in Bergen\"", "in France\"", "Norway", "France",
		" in Bergen on", " on", "Norwegian", "Icelandic").Replace(talks))
	wantFirst(t, ix, "Delegations", "who travelled to Paris?")
}
