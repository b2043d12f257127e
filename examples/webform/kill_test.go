package main

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/record"
)

// killChildEnv names the database of the child process of TestKillNine.
const killChildEnv = "WEBFORM_KILL_CHILD_DB"

// burstCase is the record of the nth save of the burst: one of a few cases,
// with n in a free-text answer, so that each save differs.
func burstCase(n int) record.Case {
	c := record.Case{ID: fmt.Sprintf("burst-%02d", n%16), Inspection: "insp-01"}
	_ = c.Answers.Set("I1.4", record.Value{Text: "save " + strconv.Itoa(n)})
	return c
}

// TestKillNineChild is the child process of TestKillNine: it saves as fast
// as it can, forever, printing "ack ID VERSION N" once each save returned.
func TestKillNineChild(t *testing.T) {
	path := os.Getenv(killChildEnv)
	if path == "" {
		t.Skip("the child process of TestKillNine")
	}
	st, err := openStore(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	versions := map[string]int64{}
	for n := 0; ; n++ {
		c := burstCase(n)
		orig := ""
		if versions[c.ID] > 0 {
			orig = c.ID
		}
		sc, err := st.Save(c, orig, versions[c.ID], "kill test")
		if err != nil {
			fmt.Println("error", err)
			os.Exit(3)
		}
		versions[c.ID] = sc.Version
		// One write a line: what was printed was acknowledged.
		fmt.Printf("ack %s %d %d\n", c.ID, sc.Version, n)
	}
}

// TestKillNine kills (SIGKILL) a process during a burst of saves, reopens
// its database, and finds every save it acknowledged: the case at that
// version or later, and that version in its history with its record.
func TestKillNine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cases.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillNineChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), killChildEnv+"="+path)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = os.Stderr
	require.NoError(t, cmd.Start())
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()

	type ack struct {
		version int64
		n       int
	}
	acked := map[string]ack{}
	lines := bufio.NewScanner(stdout)
	count := 0
	// 300 saves, or as many as the child makes in 20 seconds on a slow
	// disk (each is synced), but at least 20.
	deadline := time.Now().Add(20 * time.Second)
	for count < 300 && (count < 20 || time.Now().Before(deadline)) && lines.Scan() {
		f := strings.Fields(lines.Text())
		require.NotEqual(t, "error", f[0], lines.Text())
		if f[0] != "ack" {
			continue
		}
		v, _ := strconv.ParseInt(f[2], 10, 64)
		n, _ := strconv.Atoi(f[3])
		acked[f[1]] = ack{v, n}
		count++
	}
	require.GreaterOrEqual(t, count, 20, "the child stopped early")
	require.NoError(t, cmd.Process.Kill()) // SIGKILL, in the middle of the burst
	_ = cmd.Wait()

	st, err := openStore(path)
	require.NoError(t, err)
	defer st.Close()
	var integrity string
	require.NoError(t, st.db.QueryRow("PRAGMA integrity_check").Scan(&integrity))
	assert.Equal(t, "ok", integrity)
	for id, a := range acked {
		sc, err := st.Get(id)
		require.NoError(t, err, id)
		assert.GreaterOrEqual(t, sc.Version, a.version, id)
		hist, err := st.History(id)
		require.NoError(t, err)
		var found bool
		for _, v := range hist {
			if v.N == a.version {
				found = true
				want, _ := burstCase(a.n).MarshalJSON()
				assert.Equal(t, string(want), string(v.Record), "%s version %d", id, v.N)
			}
		}
		assert.True(t, found, "%s: acknowledged version %d is in the history", id, a.version)
	}
}

// killServerEnv names the database of the server of TestKillNineServer.
const killServerEnv = "WEBFORM_KILL_SERVER_DB"

// TestKillNineServerChild is the server of TestKillNineServer: the web form
// itself, on a free port of 127.0.0.1.
func TestKillNineServerChild(t *testing.T) {
	path := os.Getenv(killServerEnv)
	if path == "" {
		t.Skip("the server of TestKillNineServer")
	}
	os.Exit(run([]string{"-db", path, "-addr", "127.0.0.1:0"}, os.Stdout, os.Stderr))
}

// TestKillNineServer kills (SIGKILL) the web form's server during a burst
// of saves posted over HTTP by four clients at once, restarts it on the
// same database, and finds every save the server acknowledged (a redirect
// to the saved case), with what was typed.
func TestKillNineServer(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cases.db")
	start := func() (*exec.Cmd, string) {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillNineServerChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), killServerEnv+"="+path)
		stdout, err := cmd.StdoutPipe()
		require.NoError(t, err)
		cmd.Stderr = os.Stderr
		require.NoError(t, cmd.Start())
		lines := bufio.NewScanner(stdout)
		for lines.Scan() {
			if addr, ok := strings.CutPrefix(lines.Text(), "webform: listening on http://"); ok {
				go func() { _, _ = io.Copy(io.Discard, stdout) }()
				return cmd, addr
			}
		}
		t.Fatal("the server did not start")
		return nil, ""
	}
	cmd, addr := start()
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()

	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }, Timeout: 10 * time.Second}
	page, err := client.Get("http://" + addr + "/cases/new")
	require.NoError(t, err)
	body, _ := io.ReadAll(page.Body)
	page.Body.Close()
	var cookie *http.Cookie
	for _, c := range page.Cookies() {
		if c.Name == csrfCookie {
			cookie = c
		}
	}
	require.NotNil(t, cookie)
	m := tokenField.FindStringSubmatch(string(body))
	require.NotNil(t, m)

	var mu sync.Mutex
	acked := map[string]string{} // case ID: the text saved
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				id, text := fmt.Sprintf("http-%d-%04d", w, n), fmt.Sprintf("typed by client %d, save %d", w, n)
				form := url.Values{"id": {id}, "csrf": {m[1]}, reviewerField: {"Kill Test"}, "inspection": {"insp-01"}, answerField("I1.4"): {text}}
				req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/cases", strings.NewReader(form.Encode()))
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				req.Header.Set("Origin", "http://"+addr)
				req.AddCookie(cookie)
				resp, err := client.Do(req)
				if err != nil {
					return // the server is gone
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode == http.StatusSeeOther {
					mu.Lock()
					acked[id] = text
					mu.Unlock()
				}
			}
		}()
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		mu.Lock()
		n := len(acked)
		mu.Unlock()
		if n >= 200 || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	require.NoError(t, cmd.Process.Kill()) // SIGKILL, in the middle of the burst
	_ = cmd.Wait()
	close(stop)
	wg.Wait()
	require.GreaterOrEqual(t, len(acked), 20, "the server acknowledged too few saves")

	// Restarted on the same database, the server shows every acknowledged
	// save.
	cmd, addr = start()
	for id, text := range acked {
		resp, err := client.Get("http://" + addr + "/cases/" + id + ".json")
		require.NoError(t, err)
		c, err := record.Decode(resp.Body)
		resp.Body.Close()
		require.NoError(t, err, id)
		v, _ := c.Answers.Get("I1.4")
		assert.Equal(t, text, v.Text, id)
	}
}
