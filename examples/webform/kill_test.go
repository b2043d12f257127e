package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
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
	deadline := time.Now().Add(20 * time.Second)
	for count < 300 && lines.Scan() {
		f := strings.Fields(lines.Text())
		require.NotEqual(t, "error", f[0], lines.Text())
		if f[0] != "ack" {
			continue
		}
		v, _ := strconv.ParseInt(f[2], 10, 64)
		n, _ := strconv.Atoi(f[3])
		acked[f[1]] = ack{v, n}
		count++
		require.True(t, time.Now().Before(deadline), "the child saves too slowly")
	}
	require.Equal(t, 300, count, "the child stopped early")
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
