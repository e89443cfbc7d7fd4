package index

import (
	"context"
	"fmt"
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

// roleNouns are the offices read from appositions and questions, singular, with their class: a
// president and a leader are both the head of their nation.
var roleNouns = map[string]string{"president": "head", "leader": "head", "minister": "minister",
	"adviser": "adviser", "advisor": "adviser", "aide": "adviser", "envoy": "envoy",
	"secretary": "secretary", "chancellor": "chancellor", "spokesman": "spokesman",
	"spokeswoman": "spokesman", "spokesperson": "spokesman", "ambassador": "ambassador"}

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
	for _, line := range strings.Split(`us: us u.s usa america american
russia: russia russian kremlin
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
// to its roles; display maps it to the name as the report spells it ("Trump").
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
	for _, e := range s.passages {
		ws := words(e.Text)
		for i, w := range ws {
			bare := trimPossessive(w)
			if !capitalised(bare) || !isName(bare) ||
				i+1 < len(ws) && capitalised(ws[i+1]) && isName(trimPossessive(ws[i+1])) { // the name's last word
				continue
			}
			j := i - 1
			for j >= 0 && capitalised(ws[j]) && roleNouns[strings.ToLower(ws[j])] == "" && !roleModifiers[strings.ToLower(ws[j])] &&
				nations[bareWord(ws[j])] == "" {
				j-- // first names ("Donald")
			}
			office, kind := "", ""
			for ; j >= 0; j-- {
				lw := strings.ToLower(ws[j])
				if c := roleNouns[lw]; c != "" {
					if office == "" {
						office = c // the office nearest the name: "Secretary of State" is a secretary
					}
				} else if !roleModifiers[lw] {
					break
				} else if kindModifiers[lw] && kind == "" {
					kind = lw
				}
			}
			if office == "" {
				continue
			}
			r := role{office: office, kind: kind}
			if j >= 0 {
				r.nation = nations[bareWord(ws[j])]
			}
			key := strings.ToLower(bare)
			if r.nation == "" { // "Putin brought Foreign Minister Sergei Lavrov": Putin's minister
				if k := slices.IndexFunc(ws[:max(j, 0)], func(w string) bool { return capitalised(w) && isName(trimPossessive(w)) }); k >= 0 &&
					strings.ToLower(trimPossessive(ws[k])) != key {
					r.of = strings.ToLower(trimPossessive(ws[k]))
				}
			}
			if !slices.Contains(roles[key], r) {
				roles[key] = append(roles[key], r)
			}
			display[key] = bare
		}
	}
	// An office of someone's takes their nation when the report gives them one.
	for key, rs := range roles {
		for i, r := range rs {
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
				rs[i].nation = ns[0]
			}
		}
		roles[key] = rs
	}
	return roles, display
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
	office     string // the span as typed without "the", for a refusal ("Czech president")
}

// readRoles finds "the <nation> <office>", "<nation>'s <office>" and "the <office> of <nation>"
// in text (a singular office, between them only roleModifiers) and reads each as the one person
// the report gives that office of that nation. When no person holds it and every holder of the
// office is of another nation ("the Czech president"), the reading has no person. A phrase the
// report's offices leave open (no nation given, or two holders) is not read.
func (s *snapshot) readRoles(text string) []roleReading {
	if !s.entitiesReady() || len(s.roles) == 0 {
		return nil
	}
	spans := wordSpans(text)
	lw := make([]string, len(spans))
	for i, sp := range spans {
		lw[i] = strings.ToLower(text[sp[0]:sp[1]])
	}
	var out []roleReading
	for i := 0; i < len(lw); i++ {
		class := roleNouns[lw[i]]
		if class == "" {
			continue
		}
		// Before the office: modifiers, then the nation ("the Russian foreign minister",
		// "Russia's president"), after "the" or a possessive only.
		j, kind := i-1, ""
		for j >= 0 && roleModifiers[lw[j]] && lw[j] != "of" {
			if kindModifiers[lw[j]] {
				kind = lw[j] // "prime minister" is no foreign minister
			}
			j--
		}
		start, nationWord, owner := -1, "", ""
		if j >= 0 && j < i && isPossessive(lw[j]) && nations[bareWord(lw[j])] == "" && s.roleNames[bareWord(lw[j])] != "" {
			start, owner = j, bareWord(lw[j]) // "Trump's envoy", "Putin's foreign minister"
		}
		if start < 0 && j >= 0 && nations[bareWord(lw[j])] != "" && j < i {
			possessive := bareWord(lw[j]) != strings.ReplaceAll(lw[j], "’", "'")
			if possessive || j > 0 && lw[j-1] == "the" {
				start, nationWord = j, text[spans[j][0]:spans[j][1]]
				if !possessive {
					start = j - 1
				}
			}
		}
		end := i
		if i+2 < len(lw) && lw[i+1] == "of" && lw[i+2] == "state" {
			end = i + 2 // "Secretary of State"
		}
		if start < 0 && i+2 < len(lw) && lw[i+1] == "of" && nations[lw[i+2]] != "" && i > 0 && lw[i-1] == "the" {
			start, end, nationWord = i-1, i+2, text[spans[i+2][0]:spans[i+2][1]] // "the president of Russia"
		}
		if start < 0 {
			continue
		}
		nation := nations[bareWord(nationWord)]
		var holders []string
		others := owner == "" // every holder of the office is of another nation
		for name, rs := range s.roles {
			holds, elsewhere := false, false
			for _, r := range rs {
				if r.office != class || kind != "" && r.kind != kind {
					continue
				}
				if owner != "" && r.of == owner || owner == "" && r.nation == nation {
					holds = true
				} else if r.nation != "" {
					elsewhere = true
				}
			}
			if holds {
				holders = append(holders, name)
			} else if slices.ContainsFunc(rs, func(r role) bool { return r.office == class && (kind == "" || r.kind == kind) }) && !elsewhere {
				others = false // a holder of no stated nation might be this one
			}
		}
		rr := roleReading{start: spans[start][0], end: spans[end][1]}
		rr.office = strings.TrimPrefix(text[rr.start:rr.end], "the ") // "Czech president", "Ukraine's foreign minister"
		if strings.HasPrefix(strings.ToLower(rr.office), "the ") {
			rr.office = rr.office[4:]
		}
		switch {
		case len(holders) == 1:
			rr.person = s.roleNames[holders[0]]
		case len(holders) == 0 && others && slices.ContainsFunc(mapsValues(s.roles), func(rs []role) bool {
			return slices.ContainsFunc(rs, func(r role) bool { return r.office == class && (kind == "" || r.kind == kind) })
		}):
		default:
			continue
		}
		out = append(out, rr)
		i = end
	}
	return out
}

// mapsValues returns m's values in no particular order.
func mapsValues[K comparable, V any](m map[K]V) []V {
	out := make([]V, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

// noSuchOffice is the refusal for an office of a nation the report gives no one: "The report
// does not name the Czech president.", "…does not name Ukraine's foreign minister.".
func noSuchOffice(rr roleReading) string {
	if isPossessive(strings.Fields(rr.office)[0]) {
		return fmt.Sprintf("The report does not name %s.", rr.office)
	}
	return fmt.Sprintf("The report does not name the %s.", rr.office)
}

// searchRoles answers req with each office in rrs read as its person ("what did the American
// president say about NATO?" as "what did Trump say about NATO?", saying so in Readings), or
// refuses an office the report gives no one of that nation.
func (s *snapshot) searchRoles(ctx context.Context, req Request, rrs []roleReading) (Result, error) {
	var b strings.Builder
	var readings []Reading
	last := 0
	for _, rr := range rrs {
		if rr.person == "" {
			return Result{Query: req.Text, Reason: noSuchOffice(rr), Nearest: s.nearestHeadings(s.read(req.Text, req.Hint).Terms)}, nil
		}
		b.WriteString(req.Text[last:rr.start])
		b.WriteString(rr.person)
		last = rr.end
		readings = append(readings, Reading{Word: req.Text[rr.start:rr.end], As: rr.person, Why: "role"})
	}
	b.WriteString(req.Text[last:])
	read := req
	read.Text, read.rolesRead = b.String(), true
	res, err := s.search(ctx, read)
	res.Query = req.Text
	res.Readings = append(readings, res.Readings...)
	return res, err
}
