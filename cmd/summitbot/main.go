// Command summitbot answers questions about the 2025 Trump–Putin summit in Anchorage from a report
// split into headed sections, on the command line and as a Discord bot.
//
// All wiring and configuration live here; see README.md for the subcommands and variables.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr); err != nil {
		if e, ok := err.(*exitError); !ok || !e.shown {
			fmt.Fprintln(os.Stderr, "summitbot:", err)
		}
		os.Exit(exitCode(err))
	}
}

// exitError carries a specific exit status.
type exitError struct {
	code  int
	err   error
	shown bool // already printed (the flag package prints its own errors with the usage)
}

// Error is the wrapped error's text.
func (e *exitError) Error() string { return e.err.Error() }

// Unwrap returns the wrapped error.
func (e *exitError) Unwrap() error { return e.err }

func exitCode(err error) int {
	if e, ok := err.(*exitError); ok {
		return e.code
	}
	return 1
}

const usage = `summitbot answers questions about the 2025 Trump–Putin summit in Anchorage.

Usage:
  summitbot ask [-command NAME] [-json] [-explain] [-corpus DIR] [TEXT]
  summitbot console [-corpus DIR]
  summitbot index [-corpus DIR]
  summitbot eval [-v] [-corpus DIR] FILE.jsonl
  summitbot run [-register=false] [-corpus DIR]      Discord bot over the gateway
  summitbot serve [-corpus DIR]                      HTTP interactions endpoint
  summitbot help

Configuration comes from the environment and from .env in the working directory (real
environment variables win). See README.md for every variable.
`

// run is the whole program: args without the program name, getenv for configuration (after .env
// is merged in), stdin for the console, stdout and stderr for output.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return &exitError{code: 2, err: fmt.Errorf("no subcommand")}
	}
	env, err := loadEnv(getenv, ".env")
	if err != nil {
		return err
	}
	sub, rest := args[0], args[1:]
	switch sub {
	case "ask":
		return cmdAsk(ctx, rest, env, stdout, stderr)
	case "console":
		return cmdConsole(ctx, rest, env, stdin, stdout, stderr)
	case "index":
		return cmdIndex(ctx, rest, env, stdout, stderr)
	case "eval":
		return cmdEval(ctx, rest, env, stdout, stderr)
	case "run":
		return cmdRun(ctx, rest, env, stdout, stderr)
	case "serve":
		return cmdServe(ctx, rest, env, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return &exitError{code: 2, err: fmt.Errorf("unknown subcommand %q", sub)}
	}
}
