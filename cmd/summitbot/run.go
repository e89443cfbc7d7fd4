package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/summitbot/summitbot/bot"
)

// discordConfig is the configuration of the Discord transports, read once from the environment.
type discordConfig struct {
	Token      string
	GuildID    string
	AdminIDs   []string
	CorpusDir  string
	LogLevel   slog.Level
	APIURL     string
	GatewayURL string
	ShardID    int
	ShardCount int
	// HTTP serving.
	ListenAddr  string            // serve: address of the interactions endpoint
	PublicKey   ed25519.PublicKey // serve: the application's public key
	MetricsAddr string            // run: address for /healthz and /metrics ("" for none)
	// RefreshInterval: check the corpus fingerprint this often and refresh when it changed
	// (0: only /reindex and SIGHUP refresh).
	RefreshInterval time.Duration
}

// readDiscordConfig reads and checks every variable and reports all problems at once. It never
// includes the token's value in an error.
func readDiscordConfig(getenv func(string) string, needToken bool) (discordConfig, error) {
	return readConfig(getenv, needToken, false)
}

// readConfig reads the configuration; needToken and needKey make DISCORD_TOKEN and
// DISCORD_PUBLIC_KEY required.
func readConfig(getenv func(string) string, needToken, needKey bool) (discordConfig, error) {
	var c discordConfig
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }

	c.Token = strings.TrimSpace(getenv("DISCORD_TOKEN"))
	c.Token = strings.TrimPrefix(c.Token, "Bot ")
	switch {
	case c.Token == "" && needToken:
		bad("DISCORD_TOKEN is not set (Developer Portal → your application → Bot → Reset Token)")
	case c.Token != "" && (strings.ContainsAny(c.Token, " \t\r\n") || len(c.Token) < 20):
		bad("DISCORD_TOKEN does not look like a bot token (value not shown)")
	}
	c.GuildID = strings.TrimSpace(getenv("DISCORD_GUILD_ID"))
	if c.GuildID != "" && !isSnowflake(c.GuildID) {
		bad("DISCORD_GUILD_ID=%q is not a Discord ID (digits only; right-click the server → Copy Server ID)", c.GuildID)
	}
	for _, id := range strings.FieldsFunc(getenv("SUMMITBOT_ADMIN_IDS"), func(r rune) bool { return r == ',' || r == ' ' }) {
		if !isSnowflake(id) {
			bad("SUMMITBOT_ADMIN_IDS: %q is not a Discord user ID", id)
			continue
		}
		c.AdminIDs = append(c.AdminIDs, id)
	}
	c.CorpusDir = getenv("CORPUS_DIR")
	if c.CorpusDir != "" {
		if st, err := os.Stat(c.CorpusDir); err != nil || !st.IsDir() {
			bad("CORPUS_DIR=%q is not a readable directory", c.CorpusDir)
		}
	}
	lvl, err := logLevel(getenv("LOG_LEVEL"))
	if err != nil {
		bad("%v", err)
	}
	c.LogLevel = lvl
	c.APIURL = getenv("DISCORD_API_URL")
	if c.APIURL != "" {
		if u, err := url.Parse(c.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad("DISCORD_API_URL=%q: want http(s)://host[:port]", c.APIURL)
		}
	}
	c.GatewayURL = getenv("DISCORD_GATEWAY_URL")
	if c.GatewayURL != "" {
		if u, err := url.Parse(c.GatewayURL); err != nil || (u.Scheme != "ws" && u.Scheme != "wss") || u.Host == "" {
			bad("DISCORD_GATEWAY_URL=%q: want ws(s)://host[:port][/path]", c.GatewayURL)
		}
	}
	c.ShardID, c.ShardCount = 0, 1
	if v := getenv("SHARD_COUNT"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			bad("SHARD_COUNT=%q: want a whole number of 1 or more", v)
		} else {
			c.ShardCount = n
		}
	}
	if v := getenv("SHARD_ID"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n >= c.ShardCount {
			bad("SHARD_ID=%q: want 0 to SHARD_COUNT-1 (%d)", v, c.ShardCount-1)
		} else {
			c.ShardID = n
		}
	}
	c.ListenAddr = getenv("LISTEN_ADDR")
	if c.ListenAddr == "" {
		c.ListenAddr = ":8080"
	}
	if _, _, err := net.SplitHostPort(c.ListenAddr); err != nil {
		bad("LISTEN_ADDR=%q: want host:port or :port", c.ListenAddr)
	}
	c.MetricsAddr = getenv("METRICS_ADDR")
	if c.MetricsAddr != "" {
		if _, _, err := net.SplitHostPort(c.MetricsAddr); err != nil {
			bad("METRICS_ADDR=%q: want host:port or :port", c.MetricsAddr)
		}
	}
	if key := strings.TrimSpace(getenv("DISCORD_PUBLIC_KEY")); key != "" {
		b, err := hex.DecodeString(key)
		if err != nil || len(b) != ed25519.PublicKeySize {
			bad("DISCORD_PUBLIC_KEY: want the 64 hex characters of the application's public key (Developer Portal → General Information)")
		} else {
			c.PublicKey = b
		}
	}
	if v := getenv("REFRESH_INTERVAL"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || (d != 0 && d < time.Second) {
			bad("REFRESH_INTERVAL=%q: want a duration of 1s or more, like 1m (0 turns it off)", v)
		}
		c.RefreshInterval = d
	}
	if needKey && c.PublicKey == nil && getenv("DISCORD_PUBLIC_KEY") == "" {
		bad("DISCORD_PUBLIC_KEY is not set (Developer Portal → your application → General Information → Public Key)")
	}
	if len(problems) > 0 {
		return c, fmt.Errorf("configuration:\n  %s", strings.Join(problems, "\n  "))
	}
	return c, nil
}

// isSnowflake reports whether s is a Discord ID: 1 to 20 digits.
func isSnowflake(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func cmdRun(ctx context.Context, args []string, getenv func(string) string, _ io.Writer, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	register := fs.Bool("register", true, "bulk-overwrite the slash commands at start")
	dir := fs.String("corpus", "", "directory of reports (default: CORPUS_DIR, else the embedded report)")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	cfg, err := readDiscordConfig(getenv, true)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))
	b, refresher, err := openServing(*dir, getenv, stderr, log)
	if err != nil {
		return err
	}
	defer b.Index().Close()
	st := b.Index().Stats()
	log.Info("index built", "reports", st.Reports, "sections", st.Sections, "passages", st.Passages, "took", st.BuildTook)
	h := &health{}
	m := newMetrics(func() int { return b.Index().Stats().Passages })
	b.OnRefresh(m.observeRefresh)
	defer refresher.stop()
	go refresher.watch(ctx, b, cfg.RefreshInterval)
	if cfg.MetricsAddr != "" {
		srv, err := listen(cfg.MetricsAddr, opsMux(h, m), log)
		if err != nil {
			return err
		}
		defer shutdown(srv, log)
		log.Info("serving /healthz and /metrics", "addr", srv.Addr)
	}
	err = bot.RunGateway(ctx, b, bot.GatewayConfig{
		Token: cfg.Token, GuildID: cfg.GuildID, AdminIDs: cfg.AdminIDs, Register: *register,
		APIURL: cfg.APIURL, GatewayURL: cfg.GatewayURL, ShardID: cfg.ShardID, ShardCount: cfg.ShardCount,
		Logger: log, Hooks: m.hooks(), OnReady: func() { h.ready.Store(true) },
	})
	h.stopping.Store(true)
	if errors.Is(err, bot.ErrTokenRejected) {
		return &exitError{code: 3, err: err}
	}
	if err == nil {
		log.Info("stopped")
	}
	return err
}
