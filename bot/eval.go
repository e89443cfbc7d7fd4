package bot

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// EvalCase is one line of an evaluation file: either a question ({"q": …}) answered with /ask, or
// a command with an argument ({"command": …, "arg": …}). Expect lists the headings that count as
// right; empty means the report does not cover the question and the bot must refuse.
type EvalCase struct {
	Q       string   `json:"q"`
	Command string   `json:"command"`
	Arg     string   `json:"arg"`
	Expect  []string `json:"expect"`
	Line    int      `json:"-"`
}

// EvalSummary counts the outcomes of an evaluation.
type EvalSummary struct {
	Answerable    int // cases with a non-empty Expect
	Top1          int // … whose first passage has an expected heading
	Hit3          int // … with an expected heading among the first three passages
	FalseRefusals int // … that the bot refused
	OutOfScope    int // cases with an empty Expect
	Refused       int // … that the bot refused
}

// String is the one summary line: "top1 N/M  hit@3 N/M  refused K/L  false-refusals F/M".
func (s EvalSummary) String() string {
	return fmt.Sprintf("top1 %d/%d  hit@3 %d/%d  refused %d/%d  false-refusals %d/%d",
		s.Top1, s.Answerable, s.Hit3, s.Answerable, s.Refused, s.OutOfScope, s.FalseRefusals, s.Answerable)
}

// EvalMiss is a case the bot got wrong, for -v.
type EvalMiss struct {
	Case EvalCase
	Got  []string // headings returned, best first; nil when refused
	Why  string
}

// String describes the miss on one line.
func (m EvalMiss) String() string {
	what := m.Case.Q
	if m.Case.Command != "" {
		what = "/" + m.Case.Command + " " + m.Case.Arg
	}
	return fmt.Sprintf("line %d: %s: %s (expected %q, got %q)", m.Case.Line, strings.TrimSpace(what), m.Why, m.Case.Expect, m.Got)
}

// ReadEvalCases reads a JSON-lines evaluation file; blank lines are skipped and errors name the
// line.
func ReadEvalCases(r io.Reader) ([]EvalCase, error) {
	var out []EvalCase
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var c EvalCase
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			return nil, fmt.Errorf("eval: line %d is not a JSON object like {\"q\": \"…\", \"expect\": [\"heading\"]}: %v", n, err)
		}
		if c.Q == "" && c.Command == "" {
			return nil, fmt.Errorf("eval: line %d: needs \"q\" or \"command\"", n)
		}
		c.Line = n
		out = append(out, c)
	}
	return out, sc.Err()
}

// Evaluate runs every case through Handle, exactly as a user's command would run, and scores it.
func (b *Bot) Evaluate(ctx context.Context, cases []EvalCase) (EvalSummary, []EvalMiss, error) {
	var s EvalSummary
	var misses []EvalMiss
	for _, c := range cases {
		in := Invocation{Command: "ask", Options: map[string]string{"question": c.Q}}
		if c.Command != "" {
			cmd, ok := Lookup(c.Command)
			if !ok {
				return s, nil, fmt.Errorf("eval: line %d: %w %q", c.Line, ErrUnknownCommand, c.Command)
			}
			in = Invocation{Command: cmd.Name, Options: map[string]string{}}
			if cmd.Arg != "" {
				in.Options[cmd.Arg] = c.Arg
			}
		}
		r, err := b.Handle(ctx, in)
		if err != nil {
			return s, nil, fmt.Errorf("eval: line %d: %w", c.Line, err)
		}
		var got []string
		if r.Answered {
			for _, p := range r.Passages {
				got = append(got, p.Heading)
			}
		}
		if len(c.Expect) == 0 {
			s.OutOfScope++
			if !r.Answered {
				s.Refused++
			} else {
				misses = append(misses, EvalMiss{c, got, "answered a question the report does not cover"})
			}
			continue
		}
		s.Answerable++
		switch {
		case !r.Answered || len(got) == 0:
			s.FalseRefusals++
			misses = append(misses, EvalMiss{c, nil, "refused or no passage: " + r.Reason})
			continue
		case slices.Contains(c.Expect, got[0]):
			s.Top1++
		default:
			misses = append(misses, EvalMiss{c, got, "wrong first passage"})
		}
		for i := 0; i < len(got) && i < 3; i++ {
			if slices.Contains(c.Expect, got[i]) {
				s.Hit3++
				break
			}
		}
	}
	return s, misses, nil
}
