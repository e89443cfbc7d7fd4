package main

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"strings"

	"github.com/joho/godotenv"
)

// loadEnv returns a getenv that reads real environment variables first and the .env file second.
// A missing .env is fine; an unreadable or malformed one is an error naming it. The values are
// never logged or shown.
func loadEnv(getenv func(string) string, path string) (func(string) string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return getenv, nil
		}
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	file, err := godotenv.UnmarshalBytes(data)
	if err != nil {
		// godotenv's message quotes the text it could not parse, which may be the token: name
		// the line instead.
		return nil, fmt.Errorf("%s line %d is malformed (its text is not shown: it may hold a secret); want KEY=value, see .env.example",
			path, malformedLine(data))
	}
	return func(k string) string {
		if v := getenv(k); v != "" {
			return v
		}
		return file[k]
	}, nil
}

// malformedLine returns the 1-based line of data where dotenv parsing fails: the line after the
// longest run of leading lines that parses (a quoted value may span lines).
func malformedLine(data []byte) int {
	lines := strings.SplitAfter(string(data), "\n")
	for n := len(lines) - 1; n >= 0; n-- {
		if _, err := godotenv.Unmarshal(strings.Join(lines[:n], "")); err == nil {
			return n + 1
		}
	}
	return 1
}

// logLevel parses LOG_LEVEL (debug, info, warn, error; default info).
func logLevel(s string) (slog.Level, error) {
	var l slog.Level
	if s == "" {
		return slog.LevelInfo, nil
	}
	if err := l.UnmarshalText([]byte(strings.ToUpper(s))); err != nil {
		return l, fmt.Errorf("LOG_LEVEL=%q: want debug, info, warn or error", s)
	}
	return l, nil
}
