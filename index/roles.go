package index

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Roles: a question may name a person by nation and office ("what did the American president say
// about NATO?", "the Russian leader"). The report says who holds which office where it writes a
// name ("US President Donald Trump", "Ukrainian leader Zelenskiy"); those appositions are read
// once per snapshot, and a question's "the <nation> <office>" is read as the one person the report
// gives it. An office the report gives only to people of other nations ("the Czech president") is
// no one in the report.

// role is one office the report gives a person: nation ("us", "russia"; "" when the report names
// none), office (roleNouns, in its class: "head" for president and leader) and of, for an office
// without a nation, the person the sentence tells it of ("Putin brought Foreign Minister Sergei
// Lavrov": "putin"), whose nation it then takes; kind is the office's distinguishing modifier
// ("foreign" in "Foreign Minister"; kindModifiers), or "".
type role struct{ nation, office, of, kind string }

// capitals are the words of nations that name a city, which stands for its nation as a
// possessor ("Moscow's chief diplomat") but is a city where a city is asked ("to Moscow").
var capitals = set(`moscow washington kyiv kiev beijing`)

// roleNouns are the offices read from appositions and questions, singular, with their class: a
// president and a leader are both the head of their nation.
var roleNouns = map[string]string{"president": "head", "leader": "head", "minister": "minister",
	"adviser": "adviser", "advisor": "adviser", "aide": "adviser", "envoy": "envoy",
	"secretary": "secretary", "chancellor": "chancellor", "spokesman": "spokesman",
	"spokeswoman": "spokesman", "spokesperson": "spokesman", "ambassador": "ambassador",
	"diplomat": "diplomat"}

// fills reports whether role r is the office asked: of its class and kind, or, for a nation's
// "top diplomat", its foreign minister or secretary of state (the US title for the same office).
func (r role) fills(o officeAsked) bool {
	if o.class == "diplomat" && r.office != "diplomat" {
		return r.office == "minister" && r.kind == "foreign" || r.office == "secretary" && r.kind == ""
	}
	return r.office == o.class && (o.kind == "" || r.kind == o.kind)
}

// officeWordList is roleNouns' and delegationNouns' words, for a quick look before a question is
// split into words.
var officeWordList = append(slices.Sorted(maps.Keys(roleNouns)), slices.Sorted(maps.Keys(delegationNouns))...)

// roleModifiers may stand between a nation and its office, or inside an office's name ("Foreign
// Minister", "Secretary of State", "special envoy", "veteran adviser").
var roleModifiers = set(`foreign defence defense prime special veteran top senior chief deputy vice of state
	national security interior finance economy trade`)

// kindModifiers tell one office of a class from another ("foreign minister", "prime minister");
// the other roleModifiers only describe ("special envoy", "veteran adviser").
var kindModifiers = set(`foreign defence defense prime interior finance economy trade national security deputy vice`)

// nations map a nation's name, its adjective and the words used for its government ("Kremlin") to
// one key, for the nations of world news. Possessives are read as the bare word ("Ukraine's").
var nations = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(`us: us u.s usa america american washington
russia: russia russian kremlin moscow
ukraine: ukraine ukrainian kyiv kiev
czech: czech czechia
france: france french
germany: germany german
uk: uk britain british england english
china: china chinese beijing
poland: poland polish
italy: italy italian
spain: spain spanish
turkey: turkey turkish
belarus: belarus belarusian
hungary: hungary hungarian
finland: finland finnish
sweden: sweden swedish
japan: japan japanese
india: india indian
israel: israel israeli
iran: iran iranian
canada: canada canadian
nato: nato
eu: eu
european: europe european`, "\n") {
		key, ws, _ := strings.Cut(line, ":")
		for _, w := range strings.Fields(ws) {
			m[w] = key
		}
	}
	return m
}()

// findRoles reads the offices the report gives people: in each sentence, a run of capitalised
// words ending in a person's name ("Donald Trump"), the office words before it ("US President",
// "Foreign Minister", "veteran adviser", "Secretary of State") and a nation word before those.
// people are the analysed terms of people's names. The result maps a name's last word, lower case,
// to its roles; display maps it to the name as the report spells it ("Trump"). Passages are read
// in document order and nations passed on until nothing changes, so the result never depends on
// map order.
func (s *snapshot) findRoles(people map[string]bool) (roles map[string][]role, display map[string]string) {
	roles, display = map[string][]role{}, map[string]string{}
	seen := map[string]bool{} // capitalised word → a person's name; analysed once
	isName := func(w string) bool {
		is, ok := seen[w]
		if !ok {
			toks := s.analyzer.Analyze([]byte(w))
			is = len(toks) == 1 && people[string(toks[0].Term)]
			seen[w] = is
		}
		return is
	}
	for _, id := range slices.Sorted(maps.Keys(s.passages)) {
		ws := words(s.passages[id].Text)
		for i, w := range ws {
			bare := trimPossessive(w)
			if !capitalised(bare) || !isName(bare) ||
				i+1 < len(ws) && capitalised(ws[i+1]) && isName(trimPossessive(ws[i+1])) { // the name's last word
				continue
			}
			r, j := officeBefore(ws, i)
			if r.office == "" {
				continue
			}
			key := strings.ToLower(bare)
			if r.nation == "" { // "Putin brought Foreign Minister Sergei Lavrov": Putin's minister
				r.of = ownerBefore(ws, j, isName)
				if r.of == key {
					r.of = ""
				}
			}
			if !slices.Contains(roles[key], r) {
				roles[key] = append(roles[key], r)
			}
			if _, ok := display[key]; !ok {
				display[key] = bare
			}
		}
	}
	// An office of someone's takes their nation when the report gives them one; a chain
	// ("Orlov, Sidorov's spokesman"; Sidorov, Petrov's adviser) is followed to its end.
	for changed := true; changed; {
		changed = false
		for _, key := range slices.Sorted(maps.Keys(roles)) {
			for i, r := range roles[key] {
				if r.of == "" || r.nation != "" {
					continue
				}
				var ns []string
				for _, o := range roles[r.of] {
					if o.nation != "" && !slices.Contains(ns, o.nation) {
						ns = append(ns, o.nation)
					}
				}
				if len(ns) == 1 {
					roles[key][i].nation, changed = ns[0], true
				}
			}
		}
	}
	return roles, display
}

// officeBefore reads the office words before the name whose last word is ws[i] (lower case or
// not): first names are passed over ("Donald"), then office nouns and modifiers ("Secretary of
// State", "veteran adviser"), then a nation word. It returns the role (office "" when there is
// none) and the index of the first word before the office phrase (-1 at the sentence's start).
func officeBefore(ws []string, i int) (role, int) {
	j := i - 1
	for j >= 0 && capitalised(ws[j]) && roleNouns[strings.ToLower(ws[j])] == "" && !roleModifiers[strings.ToLower(ws[j])] &&
		nations[bareWord(ws[j])] == "" {
		j-- // first names ("Donald")
	}
	var r role
	for ; j >= 0; j-- {
		lw := strings.ToLower(ws[j])
		if c := roleNouns[lw]; c != "" {
			if r.office == "" {
				r.office = c // the office nearest the name: "Secretary of State" is a secretary
			}
		} else if !roleModifiers[lw] {
			break
		} else if kindModifiers[lw] && r.kind == "" {
			r.kind = lw
		}
	}
	if r.office != "" && j >= 0 {
		if r.nation = nations[bareWord(ws[j])]; r.nation != "" {
			j--
		}
	}
	return r, j
}

// ownerBefore returns the name, lower case, of the person an office after ws[j] is told of: the
// nearest name before it, past the offices listed with it ("Trump was joined by Secretary of
// State Marco Rubio and special envoy Steve Witkoff": Trump, for both; "Koval said Petrov
// brought Foreign Minister Anton Lebed": Petrov), or "".
func ownerBefore(ws []string, j int, isName func(string) bool) string {
	k := j
	for k > 0 && (ws[k] == "and" || ws[k] == "or") { // an office listed before this one: past its holder and office
		_, k = officeBefore(ws, k-1)
	}
	for ; k >= 0; k-- {
		if bare := trimPossessive(ws[k]); capitalised(bare) && isName(bare) {
			return strings.ToLower(bare)
		}
	}
	return ""
}

// trimPossessive drops a possessive "’s" or "'s" from a word ("Putin’s" → "Putin").
func trimPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
}

// capitalised reports whether w starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// roleReading is a nation and office in a question read as the person who holds it.
type roleReading struct {
	start, end int    // byte span in the question: "the American president"
	person     string // as the report spells it ("Trump"); "" when the report names no such person
}

// officeAsked is an office a question names: its class and kind (see role), and the nation or
// the person ("trump" in "Trump's envoy") it is of.
type officeAsked struct {
	class, kind, nation, owner string
	start, end                 int // word indices of the phrase, "the" included
}

// askedOffice reads the office phrase whose office noun is lw[i] (a question's words, lower case):
// "the <nation> [modifiers] <office>", "<nation>'s <office>", "<person>'s <office>", "the <office>
// of <nation>" and "… secretary of state". ok is false when lw[i] is no office or the phrase names
// neither a nation nor a person; "the secretary of defense" names a kind ("defense").
func (s *snapshot) askedOffice(lw []string, i int) (o officeAsked, ok bool) {
	if o.class = roleNouns[bareWord(lw[i])]; o.class == "" { // "the Russian president's adviser": the president
		return o, false
	}
	j := i - 1
	for j >= 0 && roleModifiers[lw[j]] && lw[j] != "of" {
		if kindModifiers[lw[j]] {
			o.kind = lw[j] // "prime minister" is no foreign minister
		}
		j--
	}
	o.start, o.end = -1, i
	if i+2 < len(lw) && lw[i+1] == "of" {
		switch w := lw[i+2]; {
		case w == "state" && o.class == "secretary":
			o.end = i + 2 // "Secretary of State"
		case nations[w] != "":
			if i > 0 && lw[i-1] == "the" && j == i-1 {
				o.start, o.end, o.nation = i-1, i+2, nations[w] // "the president of Russia"
				return o, true
			}
		default:
			o.kind, o.end = w, i+2 // "the secretary of defense": a kind the report may lack
		}
	} else if i+1 < len(lw) && lw[i+1] == "general" {
		o.end = i + 1 // "secretary general"
	}
	if j < 0 || j == i {
		return o, false
	}
	bare := bareWord(lw[j])
	possessive := isPossessive(lw[j])
	switch {
	case possessive && nations[bare] == "" && s.wordIsPerson(bare):
		o.start, o.owner = j, bare // "Trump's envoy", "Putin's foreign minister"
	case nations[bare] != "" && (possessive || j > 0 && lw[j-1] == "the"):
		o.start, o.nation = j, nations[bare]
	default:
		return o, false
	}
	if j > 0 && lw[j-1] == "the" {
		o.start = j - 1 // "the Kremlin's envoy"
	}
	return o, true
}

// holders returns the people the report gives office o, sorted; none is whether the office's
// holders are all of other nations than o's (so that o is no one in the report), false when one
// of them may be of o's nation or the report gives the office to no one.
func (s *snapshot) holders(o officeAsked) (names []string, none bool) {
	none = o.owner == ""
	any := false
	for name, rs := range s.roles {
		holds, elsewhere, has := false, false, false
		for _, r := range rs {
			if !r.fills(o) {
				continue
			}
			has = true
			switch {
			case o.owner != "" && r.of == o.owner || o.owner == "" && r.nation == o.nation:
				holds = true
			case r.nation != "":
				elsewhere = true
			}
		}
		any = any || has
		if holds {
			names = append(names, name)
		} else if has && !elsewhere {
			none = false // a holder of no stated nation might be this one
		}
	}
	slices.Sort(names)
	return names, none && any && len(names) == 0
}

// readRoles finds the offices a question names (askedOffice) and reads each as the one person
// the report gives it; when the report gives it only to people of other nations ("the Czech
// president"), the reading has no person. A phrase the report's offices leave open (no nation
// given, or two holders) is not read.
func (s *snapshot) readRoles(text string) []roleReading {
	if !s.entitiesReady() || len(s.roles) == 0 {
		return nil
	}
	lower := strings.ToLower(text)
	if !slices.ContainsFunc(officeWordList, func(n string) bool { return strings.Contains(lower, n) }) {
		return nil // most questions name no office: no word split on every search
	}
	spans := wordSpans(text)
	lw := make([]string, len(spans))
	for i, sp := range spans {
		lw[i] = strings.ToLower(text[sp[0]:sp[1]])
	}
	var out []roleReading
	for i := 0; i < len(lw); i++ {
		// "Who was in the Ukrainian delegation?" when the report gives no office to anyone of
		// Ukraine but its leader: no one came with them.
		if n := s.nationOf(lw[i]); n != "" && i+1 < len(lw) && delegationNouns[lw[i+1]] && !s.hasDelegation(n) {
			start := i
			if i > 0 && lw[i-1] == "the" {
				start = i - 1
			}
			out = append(out, roleReading{start: spans[start][0], end: spans[i+1][1]})
			i++
			continue
		}
		o, ok := s.askedOffice(lw, i)
		if !ok {
			continue
		}
		names, none := s.holders(o)
		rr := roleReading{start: spans[o.start][0], end: spans[o.end][1]}
		switch {
		case len(names) == 1:
			rr.person = s.roleNames[names[0]]
		case !none:
			continue
		}
		out = append(out, rr)
		i = o.end
	}
	return out
}

// asksIdentity reports whether a question (its words, lower case) asks who someone is: "who…",
// "what's the name of…", "name the…", "…called?", "identify…", "which person…".
func asksIdentity(ws []string) bool {
	if detectIntent(ws) == IntentWho {
		return true
	}
	for i, w := range ws {
		switch {
		case w == "name" || w == "names" || w == "identify":
			return true
		case (w == "called" || w == "named") && i == len(ws)-1: // "what was the Russian foreign minister called?"
			return true
		case (w == "which" || w == "what") && i+1 < len(ws) && (ws[i+1] == "person" || ws[i+1] == "official" || ws[i+1] == "man" || ws[i+1] == "woman"):
			return true
		}
	}
	return false
}

// delegationNouns name the people who come with a leader ("the Ukrainian delegation").
var delegationNouns = set(`delegation delegations delegates entourage team`)

// nationOf returns the nation a word names ("ukrainian", "ukraine's"), or whose leader it names
// as a possessive ("Zelenskiy's", "zelensky's"), or "".
func (s *snapshot) nationOf(w string) string {
	bare := trimPossessive(w)
	if n := nations[bare]; n != "" || !isPossessive(w) {
		return n
	}
	if c := variants.equiv[bare]; c != "" {
		bare = c
	}
	for _, r := range s.roles[bare] {
		if r.office == "head" && r.nation != "" {
			return r.nation
		}
	}
	return ""
}

// hasDelegation reports whether the report gives an office other than its head to someone of
// nation ("us", "russia"): someone who came with its leader, or served it.
func (s *snapshot) hasDelegation(nation string) bool {
	for _, rs := range s.roles {
		if slices.ContainsFunc(rs, func(r role) bool { return r.nation == nation && r.office != "head" }) {
			return true
		}
	}
	return false
}

// questionRoles reads the offices of text's question (readRoles), not of the asker's context:
// "I heard the Czech president on the radio. Who attended?" asks who attended.
func (s *snapshot) questionRoles(text string) []roleReading {
	rrs := s.readRoles(text)
	if len(rrs) == 0 {
		return nil
	}
	q := questionPart(text)
	return slices.DeleteFunc(rrs, func(rr roleReading) bool { return !strings.Contains(q, text[rr.start:rr.end]) })
}

// namesCapitalised returns phrase with its nation words and people's names capitalised, as the
// report writes them ("the ukrainian delegation" → "the Ukrainian delegation", "zelensky's
// team" → "Zelensky's team"); other words stay as typed.
func (s *snapshot) namesCapitalised(phrase string) string {
	f := strings.Fields(phrase)
	for i, w := range f {
		typed := trimPossessive(w)
		bare := strings.ToLower(typed)
		if c := variants.equiv[bare]; c != "" {
			bare = c
		}
		if nations[bare] == "" && len(s.roles[bare]) == 0 {
			continue
		}
		if toks := s.analyzer.Analyze([]byte(typed)); len(toks) == 1 && s.vocab[string(toks[0].Term)] > 0 {
			if shown := s.spell([]string{string(toks[0].Term)}); strings.EqualFold(shown, typed) {
				f[i] = shown + w[len(typed):] // as the report writes it: "NATO"
				continue
			}
		}
		switch r, size := utf8.DecodeRuneInString(w); {
		case len(typed) <= 3: // an abbreviation: "UK", "EU"
			f[i] = strings.ToUpper(typed) + w[len(typed):]
		default:
			f[i] = string(unicode.ToUpper(r)) + w[size:]
		}
	}
	return strings.Join(f, " ")
}

// noSuchOffice is the refusal for an office (as typed, phrase) that the report gives no one:
// "The report does not name the Czech president.", "…does not name Ukraine's foreign minister.".
func noSuchOffice(phrase string) string {
	if f := strings.Fields(phrase); strings.EqualFold(f[0], "the") || isPossessive(f[0]) {
		return fmt.Sprintf("The report does not name %s.", phrase)
	}
	return fmt.Sprintf("The report does not name the %s.", phrase)
}

// searchRoles answers req with each office in rrs read as its person ("what did the American
// president say about NATO?" as "what did Trump say about NATO?", saying so in Readings), or as
// typed when that way alone it is answered, or refuses an office the report gives no one of that
// nation.
func (s *snapshot) searchRoles(ctx context.Context, req Request, rrs []roleReading) (Result, error) {
	var b strings.Builder
	var readings []Reading
	last := 0
	text := req.Text
	for pass := 0; pass < 2 && len(rrs) > 0; pass++ { // "the Russian president's adviser": Putin's adviser, then Ushakov
		b.Reset()
		last = 0
		for _, rr := range rrs {
			phrase := text[rr.start:rr.end]
			if rr.person == "" {
				return Result{Query: req.Text, Reason: noSuchOffice(s.namesCapitalised(strings.TrimSuffix(strings.TrimSuffix(phrase, "'s"), "’s"))),
					Nearest: s.nearestHeadings(s.read(req.Text, req.Hint).Terms)}, nil
			}
			b.WriteString(text[last:rr.start])
			b.WriteString(rr.person)
			if isPossessive(phrase) {
				b.WriteString(phrase[len(trimPossessive(phrase)):])
			}
			last = rr.end
			readings = append(readings, Reading{Word: trimPossessive(phrase), As: rr.person, Why: "role"})
		}
		b.WriteString(text[last:])
		text = b.String()
		rrs = s.questionRoles(text)
	}
	read := req
	read.Text, read.rolesRead = text, true
	res, err := s.search(ctx, read)
	if err == nil && res.namesOnly && asksIdentity(words(strings.ToLower(req.Text))) {
		// "Who was the Russian foreign minister at the table?": the office's own words may
		// answer what the name alone does not ("Lavrov … at the table"); "how old is the
		// Russian foreign minister?" asks of the person, which the office's words do not tell.
		asTyped := req
		asTyped.rolesRead = true
		if r, err := s.search(ctx, asTyped); err == nil && r.Answered {
			return r, nil
		}
	}
	res.Query = req.Text
	res.Readings = append(readings, res.Readings...)
	return res, err
}
