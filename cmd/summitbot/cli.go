package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/summitbot/summitbot/bot"
	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

// source is where the corpus comes from.
type source struct {
	load bot.Loader
	fsys fs.FS  // the directory (for fingerprints)
	name string // for messages
}

// fingerprint identifies the corpus's current contents (corpus.Fingerprint).
func (s source) fingerprint() (string, error) { return corpus.Fingerprint(s.fsys) }

// corpusSource picks the corpus: -corpus DIR, else CORPUS_DIR, else the embedded report.
func corpusSource(flagDir string, getenv func(string) string) source {
	dir := flagDir
	if dir == "" {
		dir = getenv("CORPUS_DIR")
	}
	if dir == "" {
		return source{func() (*corpus.Corpus, []error, error) { return corpus.Load(corpus.Embedded()) }, corpus.Embedded(), "the embedded report"}
	}
	return source{func() (*corpus.Corpus, []error, error) { return corpus.LoadDir(dir) }, os.DirFS(dir), dir}
}

// openBot loads the corpus, reports bad files on stderr, and opens the index (in INDEX_DIR when
// set, reused when the corpus is unchanged) and the bot. progress may be nil.
func openBot(flagDir string, getenv func(string) string, stderr io.Writer, progress func(done, total int)) (*bot.Bot, error) {
	return openBotIn(flagDir, getenv, stderr, progress, false)
}

// openOneOff is openBot for a command that answers and exits (ask, console, eval): when a running
// bot holds INDEX_DIR, it says so on stderr and answers from an index in memory instead.
func openOneOff(flagDir string, getenv func(string) string, stderr io.Writer) (*bot.Bot, error) {
	return openBotIn(flagDir, getenv, stderr, nil, true)
}

// openBotIn is openBot; with inMemoryIfLocked, a locked INDEX_DIR falls back to memory.
func openBotIn(flagDir string, getenv func(string) string, stderr io.Writer, progress func(done, total int), inMemoryIfLocked bool) (*bot.Bot, error) {
	src := corpusSource(flagDir, getenv)
	c, problems, err := src.load()
	for _, p := range problems {
		fmt.Fprintf(stderr, "summitbot: skipped a bad report: %v\n", p)
	}
	if err != nil {
		return nil, fmt.Errorf("loading %s: %w", src.name, err)
	}
	opts := indexOptions(getenv, progress)
	ix, err := index.Open(c, opts)
	if errors.Is(err, index.ErrLocked) && inMemoryIfLocked {
		fmt.Fprintf(stderr, "summitbot: INDEX_DIR %s is in use by a running summitbot; answering from an index in memory\n", opts.Dir)
		opts.Dir = ""
		ix, err = index.Open(c, opts)
	}
	if err != nil {
		return nil, err
	}
	return bot.New(ix, src.load, version), nil
}

// indexOptions reads INDEX_DIR and SUMMITBOT_TOPIC.
func indexOptions(getenv func(string) string, progress func(done, total int)) index.Options {
	topic := getenv("SUMMITBOT_TOPIC")
	if topic == "" {
		topic = bot.DefaultTopic
	}
	return index.Options{Dir: getenv("INDEX_DIR"), Progress: progress, Topic: topic}
}

// logProgress returns a progress func that logs a line at most every 2 seconds.
func logProgress(log *slog.Logger) func(done, total int) {
	var last time.Time
	return func(done, total int) {
		if time.Since(last) >= 2*time.Second || done == total {
			last = time.Now()
			log.Info("indexing", "passages", done, "of", total)
		}
	}
}

func cmdAsk(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(stderr)
	command := fs.String("command", "ask", "command to run: ask, who, outcome, reactions, sections, section, about")
	asJSON := fs.Bool("json", false, "print the reply as JSON")
	explain := fs.Bool("explain", false, "show how the question was read and why the passages won")
	dir := fs.String("corpus", "", "directory of reports (default: CORPUS_DIR, else the embedded report)")
	if err := fs.Parse(flagsFirst(fs, args)); err != nil {
		if strings.Contains(err.Error(), "flag provided but not defined") {
			fmt.Fprintln(stderr, "To ask about text that starts with -, put it after --:  summitbot ask -- \"-text\"")
		}
		return flagError(err)
	}
	if *asJSON && *explain {
		fmt.Fprintln(stderr, "summitbot: -explain is not shown with -json (the JSON shape is fixed)")
	}
	cmd, ok := bot.Lookup(*command)
	if !ok || cmd.Admin {
		var names []string
		for _, c := range bot.Commands() {
			if !c.Admin {
				names = append(names, c.Name)
			}
		}
		return &exitError{code: 2, err: fmt.Errorf("unknown -command %q: want one of %s", *command, strings.Join(names, ", "))}
	}
	b, err := openOneOff(*dir, getenv, stderr)
	if err != nil {
		return err
	}
	defer b.Index().Close()
	in := bot.Invocation{Command: cmd.Name, Options: map[string]string{}, Explain: *explain}
	if text := strings.Join(fs.Args(), " "); cmd.Arg != "" {
		in.Options[cmd.Arg] = text
	}
	r, err := b.Handle(ctx, in)
	if err != nil {
		return err
	}
	return printReply(stdout, r, *asJSON)
}

// flagsFirst moves flags that follow the text to the front, so "ask "Who is Lavrov?" -json" works
// like "ask -json "Who is Lavrov?"". Anything after "--" stays text.
func flagsFirst(fs *flag.FlagSet, args []string) []string {
	var flags, text []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			text = append(text, args[i+1:]...)
			break
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		f := fs.Lookup(name)
		if !strings.HasPrefix(a, "-") || a == "-" || f == nil {
			if strings.HasPrefix(a, "-") && a != "-" && len(flags) == 0 && len(text) == 0 {
				flags = append(flags, a) // an unknown flag first: let flag.Parse report it
				continue
			}
			text = append(text, a)
			continue
		}
		flags = append(flags, a)
		if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); !hasValue && !(ok && bf.IsBoolFlag()) && i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	if len(text) == 0 {
		return flags
	}
	return append(append(flags, "--"), text...)
}

// flagError turns a flag parsing error into the exit status: 0 for -h, 2 otherwise.
func flagError(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return &exitError{code: 2, err: err, shown: true}
}

// printReply writes a reply as terminal text or JSON.
func printReply(w io.Writer, r bot.Reply, asJSON bool) error {
	if asJSON {
		data, err := bot.RenderJSON(r)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", data)
		return err
	}
	_, err := io.WriteString(w, bot.RenderText(r))
	return err
}

func cmdConsole(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("console", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("corpus", "", "directory of reports (default: CORPUS_DIR, else the embedded report)")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	b, err := openOneOff(*dir, getenv, stderr)
	if err != nil {
		return err
	}
	defer b.Index().Close()
	interactive := false
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		interactive = true
		fmt.Fprintln(stdout, "summitbot console: type a question, or /who Lavrov, /outcome, /reactions, /sections, /section NAME, /about, /reindex. Ctrl-D quits.")
	}
	// Lines are read on their own goroutine so that Ctrl-C or SIGTERM (ctx) ends the console
	// even while it waits for input.
	lines := make(chan string)
	readErr := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(stdin)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		readErr <- sc.Err()
	}()
	for {
		if interactive {
			fmt.Fprint(stdout, "? ")
		}
		var line string
		select {
		case <-ctx.Done():
			fmt.Fprintln(stdout)
			return nil
		case err := <-readErr:
			if interactive {
				fmt.Fprintln(stdout)
			}
			return err
		case line = <-lines:
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !interactive { // piped: echo each question so that its answer can be told apart
			fmt.Fprintf(stdout, "? %s\n", line)
		}
		in := consoleInvocation(line)
		r, err := b.Handle(ctx, in)
		if err != nil {
			r = bot.UserError(err)
			if !errors.Is(err, bot.ErrUnknownCommand) { // a typo is the user's, not ours to log
				fmt.Fprintf(stderr, "summitbot: %v\n", err)
			}
		}
		fmt.Fprintln(stdout, strings.TrimRight(bot.RenderText(r), "\n"))
		if !interactive {
			fmt.Fprintln(stdout)
		}
	}
}

// consoleInvocation reads "/name text" as that command with text as its argument, and anything
// else as /ask. The console user is the operator, so /reindex is allowed.
func consoleInvocation(line string) bot.Invocation {
	in := bot.Invocation{Command: "ask", Options: map[string]string{"question": line}, Admin: true}
	if !strings.HasPrefix(line, "/") {
		return in
	}
	name, text, _ := strings.Cut(line[1:], " ")
	cmd, ok := bot.Lookup(name)
	if !ok {
		return bot.Invocation{Command: name, Admin: true}
	}
	in = bot.Invocation{Command: cmd.Name, Options: map[string]string{}, Admin: true}
	if cmd.Arg != "" {
		in.Options[cmd.Arg] = strings.TrimSpace(text)
	}
	return in
}

func cmdIndex(_ context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("index", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("corpus", "", "directory of reports (default: CORPUS_DIR, else the embedded report)")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	src := corpusSource(*dir, getenv)
	start := time.Now()
	c, problems, err := src.load()
	for _, p := range problems {
		fmt.Fprintf(stdout, "problem: %v\n", p)
	}
	if err != nil {
		return fmt.Errorf("loading %s: %w", src.name, err)
	}
	loaded := time.Since(start)
	progress, finish := progressReporter(stderr, len(c.Passages()))
	ix, err := index.Open(c, indexOptions(getenv, progress))
	finish()
	if err != nil {
		return err
	}
	defer ix.Close()
	st := ix.Stats()
	for _, r := range c.Reports {
		fmt.Fprintf(stdout, "report %s: %q, %d sections, %d passages\n", r.ID, r.Title, len(r.Sections), len(r.Passages()))
	}
	how := "built"
	if st.Reused {
		how = "reused"
	}
	fmt.Fprintf(stdout, "indexed %s: %s, %s, %s, %s; loaded in %s, %s in %s", src.name,
		count(st.Reports, "report"), count(st.Sections, "section"), count(st.Passages, "passage"), count(st.Terms, "term"),
		loaded.Round(time.Microsecond), how, st.BuildTook.Round(time.Microsecond))
	if st.Dir != "" {
		fmt.Fprintf(stdout, " (%s)", st.Dir)
	}
	fmt.Fprintln(stdout)
	if len(problems) > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d bad report file(s)", len(problems))}
	}
	return nil
}

// count is "1 report", "2 reports".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// progressReporter shows build progress: a progress bar when w is a terminal, else a plain line
// at most every 2 seconds. finish ends the bar's line.
func progressReporter(w io.Writer, total int) (progress func(done, total int), finish func()) {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		bar := progressbar.NewOptions(total, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("indexing"),
			progressbar.OptionShowCount(), progressbar.OptionSetItsString("passages"), progressbar.OptionShowIts(),
			progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
		return func(done, _ int) { bar.Set(done) }, func() { bar.Finish() }
	}
	var last time.Time
	return func(done, total int) {
		if time.Since(last) >= 2*time.Second {
			last = time.Now()
			fmt.Fprintf(w, "indexing: %d of %d passages (%d%%)\n", done, total, done*100/max(total, 1))
		}
	}, func() {}
}

func cmdEval(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	verbose := fs.Bool("v", false, "list every miss")
	dir := fs.String("corpus", "", "directory of reports (default: CORPUS_DIR, else the embedded report)")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() != 1 {
		return &exitError{code: 2, err: errors.New("eval needs one FILE.jsonl")}
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	cases, err := bot.ReadEvalCases(f)
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	b, err := openOneOff(*dir, getenv, stderr)
	if err != nil {
		return err
	}
	defer b.Index().Close()
	sum, misses, err := b.Evaluate(ctx, cases)
	if err != nil {
		return err
	}
	if *verbose {
		for _, m := range misses {
			fmt.Fprintln(stdout, m)
		}
	}
	fmt.Fprintln(stdout, sum)
	return nil
}
