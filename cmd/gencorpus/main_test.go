package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	var stdout, stderr bytes.Buffer
	if err := run([]string{"-passages", "300", "-seed", "4", "-out", dir}, &stdout, &stderr); err != nil {
		t.Fatal(err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "300 passages") {
		t.Errorf("stdout %q does not report 300 passages", stdout.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "anchorage-summit-2025.txt")); err != nil {
		t.Error(err)
	}
	if err := run(nil, &stdout, &stderr); err == nil {
		t.Error("run without -out succeeded")
	}
}
