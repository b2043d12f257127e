package main

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/framework"
)

func TestRunFlags(t *testing.T) {
	config := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", config)
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte(`nonsense`), 0o600))
	tests := []struct {
		args         []string
		code         int
		stdout       []string
		stderr       []string
		stdoutAbsent bool
	}{
		{args: []string{"-h"}, code: 0, stdout: []string{"usage: webform", "-file", "-version", "-allow-host", filepath.Join(config, "yjinspect", "cases.db"), "-db", "-import", "-backup", "Exit codes:", "  2  usage error"}},
		{args: []string{"-help"}, code: 0, stdout: []string{"Exit codes:"}},
		{args: []string{"-version"}, code: 0, stdout: []string{"webform github.com/yjinspect/yjinspect", framework.DomainTwo().Version(), "sha256:"}},
		{args: []string{"-nope"}, code: 2, stderr: []string{"flag provided but not defined: -nope", "usage: webform", "Exit codes:"}, stdoutAbsent: true},
		{args: []string{"extra"}, code: 2, stderr: []string{"unexpected arguments"}, stdoutAbsent: true},
		{args: []string{"-addr", "127.0.0.1:0", "-file", bad}, code: 1, stderr: []string{bad, "line 1"}},
		{args: []string{"-addr", "127.0.0.1:0", "-file", filepath.Join(t.TempDir(), "no", "such", "dir", "c.jsonl")}, code: 1, stderr: []string{"lock file"}},
		{args: []string{"-addr", "not an address", "-file", filepath.Join(t.TempDir(), "c.jsonl")}, code: 1, stderr: []string{"not an address"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var out, errOut syncBuffer
			assert.Equal(t, tt.code, run(tt.args, &out, &errOut))
			for _, want := range tt.stdout {
				assert.Contains(t, out.String(), want)
			}
			for _, want := range tt.stderr {
				assert.Contains(t, errOut.String(), want)
			}
			if tt.stdoutAbsent {
				assert.Empty(t, out.String())
			}
		})
	}
}

// server is a webform started by runContext.
type runningServer struct {
	t    *testing.T
	base string
	out  *syncBuffer
	errs *syncBuffer
	stop func() int
}

// startRun runs the program with args until the test stops it.
func startRun(t *testing.T, args ...string) *runningServer {
	t.Helper()
	rs := &runningServer{t: t, out: &syncBuffer{}, errs: &syncBuffer{}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- runContext(ctx, append([]string{"-addr", "127.0.0.1:0"}, args...), rs.out, rs.errs) }()
	listening := regexp.MustCompile(`listening on (http://\S+)`)
	require.Eventually(t, func() bool {
		m := listening.FindStringSubmatch(rs.out.String())
		if m != nil {
			rs.base = m[1]
		}
		return m != nil
	}, 5*time.Second, 10*time.Millisecond, "stderr: %s", rs.errs)
	stopped := false
	code := 0
	rs.stop = func() int {
		if stopped {
			return code
		}
		stopped = true
		cancel()
		select {
		case code = <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("run did not stop")
		}
		return code
	}
	t.Cleanup(func() { rs.stop() })
	return rs
}

// saveCase saves a case through the running server's form, as a browser
// would.
func (rs *runningServer) saveCase(id string) {
	t := rs.t
	t.Helper()
	resp, err := http.Get(rs.base + "/cases/new")
	require.NoError(t, err)
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var cookie *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == csrfCookie {
			cookie = c
		}
	}
	require.NotNil(t, cookie)
	form := filledForm(id)
	form.Set(csrfField, tokenField.FindStringSubmatch(string(page))[1])
	req, _ := http.NewRequest(http.MethodPost, rs.base+"/cases", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", rs.base)
	req.AddCookie(cookie)
	resp, err = (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
}

func (rs *runningServer) body(path string) string {
	rs.t.Helper()
	resp, err := http.Get(rs.base + path)
	require.NoError(rs.t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(rs.t, err)
	require.Equal(rs.t, http.StatusOK, resp.StatusCode)
	return string(b)
}

// TestRunKeepsCasesByDefault: with no flags, cases are saved in the user's
// configuration directory and are there after a restart; a second server
// on the same file refuses to start.
func TestRunKeepsCasesByDefault(t *testing.T) {
	config := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", config)
	t.Setenv("HOME", t.TempDir())
	want := filepath.Join(config, "yjinspect", "cases.db")

	first := startRun(t)
	assert.Equal(t, "webform: cases are kept in "+want+"\n", strings.SplitAfter(first.out.String(), "\n")[0])
	first.saveCase("case-run")
	assert.Contains(t, first.body("/"), "<code>"+want+"</code>", "the list says where the cases are")
	fi, err := os.Stat(filepath.Dir(want))
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o700), fi.Mode().Perm())

	// A second server on the same file refuses to start.
	var out, errOut syncBuffer
	assert.Equal(t, 1, run([]string{"-addr", "127.0.0.1:0"}, &out, &errOut))
	assert.Contains(t, errOut.String(), "another webform")

	assert.Equal(t, 0, first.stop())
	// Only the file's path and the listen address were logged; no case data.
	assert.Equal(t, 2, strings.Count(first.out.String(), "\n"), first.out.String())
	assert.NotContains(t, first.out.String()+first.errs.String(), "case-run")

	// Restarted with no flags, the case is there.
	second := startRun(t)
	assert.Contains(t, second.body("/"), `href="/cases/case-run/edit"`)
	c := second.body("/cases/" + url.PathEscape("case-run") + ".json")
	assert.Contains(t, c, `"id": "case-run"`)
	assert.Equal(t, 0, second.stop())
}

// TestRunNoConfigDir: without a configuration directory and without -db
// the program says what to do.
func TestRunNoConfigDir(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("HOME", "")
	if _, err := os.UserConfigDir(); err == nil {
		t.Skip("this system has a configuration directory without $HOME")
	}
	var out, errOut syncBuffer
	assert.Equal(t, 1, run([]string{"-addr", "127.0.0.1:0"}, &out, &errOut))
	assert.Contains(t, errOut.String(), "give one with -db")
	assert.Empty(t, out.String())
}
