// Command gencorpus writes a deterministic synthetic report corpus for scale benchmarks (see
// package synthcorpus), together with the real Anchorage report, and prints what it wrote:
//
//	go run ./cmd/gencorpus -passages 100000 -seed 1 -out /tmp/synth100k
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/summitbot/summitbot/internal/synthcorpus"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "gencorpus:", err)
		}
		os.Exit(2)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opt synthcorpus.Options
	fs.IntVar(&opt.Passages, "passages", 100000, "passages in the whole corpus, the real report's included")
	fs.Int64Var(&opt.Seed, "seed", 1, "random seed; the same flags give byte-identical files")
	fs.IntVar(&opt.SentencesPerSection, "sentences", synthcorpus.DefaultSentencesPerSection, "mean sentences per section")
	fs.IntVar(&opt.SectionsPerReport, "sections", synthcorpus.DefaultSectionsPerReport, "mean sections per report")
	out := fs.String("out", "", "directory to write the reports into (created if missing; use a fresh one)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() > 0 {
		fs.Usage()
		return errors.New("-out DIR is required and no other arguments are taken")
	}
	start := time.Now()
	st, err := synthcorpus.Write(*out, opt)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %v to %s in %v\n", st, *out, time.Since(start).Round(time.Millisecond))
	return nil
}
