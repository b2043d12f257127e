//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

// lockFile takes the lock at path by creating it, failing when it already
// exists (systems without flock(2)). A server that crashed leaves the file
// behind; the error says to delete it when no other webform runs.
func lockFile(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return nil, fmt.Errorf("%s exists: another webform is using the same database; stop it, or give this one another database with -db (if no other webform runs, delete %s)", path, path)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot create the lock file: %w", err)
	}
	_, _ = f.WriteString(strconv.Itoa(os.Getpid()) + "\n")
	return f, nil
}

// unlockFile releases a lock taken by lockFile by removing the file.
func unlockFile(f *os.File) error {
	name := f.Name()
	err := f.Close()
	if rerr := os.Remove(name); err == nil {
		err = rerr
	}
	return err
}
