package index

import (
	"slices"
	"testing"
)

// TestRolesReadAsPeople: "the <nation> <office>" is the one person the report gives that office
// ("US President Donald Trump", "Ukrainian leader Zelenskiy"; a leader and a president are both
// heads), said in Readings; an office the report gives only other nations' people is refused.
func TestRolesReadAsPeople(t *testing.T) {
	ix := newIndex(t)
	res := mustSearch(t, ix, Request{Text: "What did the American president say about NATO?"})
	if !res.Answered || res.Passages[0].Heading != "Talks Yield Progress, But No Agreement" ||
		!slices.Contains(res.Readings, Reading{Word: "the American president", As: "Trump", Why: "role"}) || res.Query != "What did the American president say about NATO?" {
		t.Errorf("the American president: %+v", res)
	}
	wantFirst(t, ix, "Plans for Future Talks", "What did the Russian leader invite the US president to?",
		"Is a trip to the Russian capital on the cards for the US president?")
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "was the ukrainian president at the talks?",
		"did the president of ukraine reject giving up land?")
	wantReason(t, ix, "Did the Czech president attend the summit?", "The report does not name the Czech president.")
	// An office of someone's: the person the report tells it of ("Trump was joined by … special
	// envoy Steve Witkoff"), whose nation it takes ("Putin brought Foreign Minister Sergei Lavrov").
	wantReason(t, ix, "what did Trump's envoy discuss with Ushakov?", "The report names Witkoff and Ushakov, but not what passed between them.")
	wantReason(t, ix, "who is Ukraine's foreign minister?", "The report does not name Ukraine's foreign minister.")
	res = mustSearch(t, ix, Request{Text: "who is the russian foreign minister?"})
	if !slices.Contains(res.Readings, Reading{Word: "the russian foreign minister", As: "Lavrov", Why: "role"}) {
		t.Errorf("the russian foreign minister: readings %+v", res.Readings)
	}
	res = mustSearch(t, ix, Request{Text: "who is trump's secretary of state"})
	if !slices.Contains(res.Readings, Reading{Word: "trump's secretary of state", As: "Rubio", Why: "role"}) {
		t.Errorf("trump's secretary of state: readings %+v", res.Readings)
	}
	// No nation, or an office given to no one of a stated nation: read as written.
	wantFirst(t, ix, "Summit Delegations", "who was the foreign minister at the summit?")
	res = mustSearch(t, ix, Request{Text: "which president met Putin?"})
	if len(res.Readings) != 0 {
		t.Errorf("which president: readings %+v", res.Readings)
	}
}

// TestRolesOfAnotherReport: the offices come from the report's own appositions, not a list.
func TestRolesOfAnotherReport(t *testing.T) {
	ix := reportIndex(t, "talks.txt",
		"German Chancellor Anna Weber hosted French President Luc Martin in Berlin. Weber praised the energy accord.\n"+
			"Reactions\nMartin warned that the accord still needed approval in Paris.\n")
	res := mustSearch(t, ix, Request{Text: "what did the french president warn?"})
	if !res.Answered || res.Passages[0].Heading != "Reactions" || !slices.Contains(res.Readings, Reading{Word: "the french president", As: "Martin", Why: "role"}) {
		t.Errorf("the french president: %+v", res)
	}
	wantReason(t, ix, "what did the polish president say?", "The report does not name the Polish president.")
}

// TestRolesInContextAndKinds: an office in the asker's context is not the question's; "the
// secretary of defense" is a kind of secretary the report names no one as.
func TestRolesInContextAndKinds(t *testing.T) {
	ix := newIndex(t)
	wantFirst(t, ix, "Summit Delegations", "I heard the Czech president on the radio. who attended the summit?")
	res := mustSearch(t, ix, Request{Text: "who is the US secretary of defense?"})
	if res.Answered || len(res.Readings) > 0 {
		t.Errorf("the US secretary of defense: %+v", res)
	}
	wantReason(t, ix, "did the Kremlin's envoy attend?", "The report does not name the Kremlin's envoy.")
}

// TestRolesChained: an office of someone's takes their nation through a chain, the same on every
// build (the passages and roles are read in a fixed order), and the owner is the nearest name
// before the office that holds none itself.
func TestRolesChained(t *testing.T) {
	for range 5 { // each build reads the same roles
		ix := reportIndex(t, "chain.txt",
			"Russian President Ivan Petrov brought adviser Pavel Sidorov. Sidorov brought spokesman Oleg Orlov.\n"+
				"Statements\nOrlov warned that the talks would be long. Koval said Petrov brought Foreign Minister Anton Lebed.\n")
		res := mustSearch(t, ix, Request{Text: "what did the russian spokesman warn?"})
		if !slices.Contains(res.Readings, Reading{Word: "the russian spokesman", As: "Orlov", Why: "role"}) {
			t.Errorf("the russian spokesman: readings %+v", res.Readings)
		}
		res = mustSearch(t, ix, Request{Text: "who is the russian foreign minister?"})
		if !slices.Contains(res.Readings, Reading{Word: "the russian foreign minister", As: "Lebed", Why: "role"}) {
			t.Errorf("the russian foreign minister (Petrov's, not Koval's): readings %+v", res.Readings)
		}
	}
}

// TestRoleAsTypedWhenTheNameAloneFails: "who was the Russian foreign minister at the table?" is
// answered by the office's own words when the name alone leaves "table" unexplained.
func TestRoleAsTypedWhenTheNameAloneFails(t *testing.T) {
	wantFirst(t, newIndex(t), "Summit Delegations", "who was the russian foreign minister at the table")
	// …but what the office's words do not tell of the person stays unanswered.
	wantReason(t, newIndex(t), "How old is the Russian foreign minister?", "The report mentions Lavrov but says nothing about “old”.")
	// Asking the name asks who.
	// A nation's top diplomat is its foreign minister or, for the US, its secretary of state.
	for q, who := range map[string]string{"who was washington's chief diplomat?": "Rubio", "who was America's top diplomat?": "Rubio",
		"who was Moscow's chief diplomat at the talks?": "Lavrov"} {
		if res := mustSearch(t, newIndex(t), Request{Text: q}); len(res.Readings) == 0 || res.Readings[0].As != who {
			t.Errorf("%q: readings %+v, want %s", q, res.Readings, who)
		}
	}
	wantReason(t, newIndex(t), "who is Ukraine's top diplomat?", "The report does not name Ukraine's top diplomat.")
	// A capital names its nation as a possessor.
	if res := mustSearch(t, newIndex(t), Request{Text: "who is moscow's foreign minister?"}); len(res.Readings) == 0 || res.Readings[0].As != "Lavrov" {
		t.Errorf("moscow's foreign minister: readings %+v, want Lavrov", res.Readings)
	}
	if res := mustSearch(t, newIndex(t), Request{Text: "who is washington's envoy?"}); len(res.Readings) == 0 || res.Readings[0].As != "Witkoff" {
		t.Errorf("washington's envoy: readings %+v, want Witkoff", res.Readings)
	}
	wantFirst(t, newIndex(t), "Summit Delegations", "what's the name of the russian foreign minister?", "name the us secretary of state",
		"identify the russian foreign minister", "which person was the russian foreign minister?", "what was the russian foreign minister called?")
	wantRefused(t, newIndex(t), "was the american envoy called to testify?") // "called" in another sense
}

// TestNestedOffice: "the Russian president's adviser" is Putin's adviser, Ushakov.
func TestNestedOffice(t *testing.T) {
	res := mustSearch(t, newIndex(t), Request{Text: "Who is the Russian president's adviser?"})
	if !res.Answered || res.Passages[0].Heading != "Summit Delegations" ||
		!slices.Contains(res.Readings, Reading{Word: "Putin's adviser", As: "Ushakov", Why: "role"}) {
		t.Errorf("the Russian president's adviser: %+v", res)
	}
}

// TestDelegationOfANation: a nation's delegation, or its leader's team, is someone the report
// gives an office of that nation other than its head; the report gives Ukraine only its leader.
func TestDelegationOfANation(t *testing.T) {
	ix := newIndex(t)
	wantReason(t, ix, "Who was in the Ukrainian delegation?", "The report does not name the Ukrainian delegation.")
	wantReason(t, ix, "who was in Zelenskiy's team", "The report does not name Zelenskiy's team.")
	wantReason(t, ix, "did the czech delegation attend", "The report does not name the Czech delegation.") // names as the report writes them
	wantReason(t, ix, "who was in the nato team?", "The report does not name the NATO team.")
	wantReason(t, ix, "who was in the uk delegation?", "The report does not name the UK delegation.")
	wantRefused(t, ix, "who was in zelensky's delegation?")
	wantFirst(t, ix, "Summit Delegations", "who was in the russian delegation", "who was on the american team?",
		"who was on putin's team", "who was in trump's delegation")
}
