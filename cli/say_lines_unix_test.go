//go:build unix

package cli_test

import (
	"path/filepath"
	"syscall"
	"testing"
)

// A FIFO as the database is refused in Chinese as in English, before
// coach would wait on it.
func TestFIFODatabaseInChinese(t *testing.T) {
	env := newEnv(t)
	fifo := filepath.Join(env.dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFO here:", err)
	}
	env.vars["COACH_DB"] = fifo
	zhLine(t, env, 1, "coach: "+fifo+" 不是普通文件（p---------），不是 coach 数据库", "tasks")
	zhLine(t, env, 1, "coach: "+fifo+" 不是普通文件（p---------），不是 coach 数据库", "tasks", "--json")
	zhLine(t, env, 1, "coach: "+fifo+" 不是普通文件（p---------），不是 coach 数据库", "add", "x")
}
