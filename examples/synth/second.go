package main

import (
	"fmt"
	"io"
	"math"
	"os"

	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/synthetic"
)

// checkDisagree checks the -disagree flag.
func checkDisagree(d float64) error {
	if math.IsNaN(d) || d < 0 || d > 1 {
		return fmt.Errorf("-disagree %v: want a number from 0 to 1", d)
	}
	return nil
}

// writeSecondReadings writes a SYNTHETIC second reading of every case of
// the dataset to path as JSON lines, and a line about it to stderr.
func writeSecondReadings(d synthetic.Dataset, path string, disagree float64, seed uint64, stderr io.Writer) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	n := 0
	for _, in := range d.Inspections {
		var second []record.Case
		if second, err = synthetic.SecondReadings(in, disagree, seed); err != nil {
			break
		}
		if err = synthetic.WriteJSONLines(f, second); err != nil {
			break
		}
		n += len(second)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "synth: wrote SYNTHETIC second readings of the %d cases to %s: disagreement rate %g, seed %d\n", n, path, disagree, seed)
	return nil
}
