// Package pipeline decodes records of bytes on several goroutines and hands
// the results over in the order the records came, so that what is computed
// from them is the same, to the byte, whatever the number of goroutines.
package pipeline

import "sync"

// Batch limits: a batch is handed to one worker.
const (
	batchBytes   = 64 << 10
	batchRecords = 64
)

type batch[M, Out any] struct {
	data []byte
	ends []int // the end of each record in data
	meta []M
	outs []Out
	err  error // the error of record len(outs), which stops the batch
	done chan struct{}
}

// Records calls produce on a goroutine of its own, which gives each record
// to add (add copies it, and reports false once Records is stopping:
// produce should then return). Each record is decoded by decode on one of
// workers goroutines, and each result given to consume on the calling
// goroutine, in the order added. Records stops at the first error of
// decode or consume and returns it; else it returns produce's error,
// after every record added before it is consumed. It returns only once
// produce and every worker have returned.
func Records[M, Out any](workers int, produce func(add func(raw []byte, m M) bool) error,
	decode func(raw []byte, m M) (Out, error), consume func(Out, M) error) error {
	workers = max(workers, 1)
	jobs := make(chan *batch[M, Out], workers)
	order := make(chan *batch[M, Out], 2*workers)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	var produceErr error
	// Batches are used again once consumed: a new 80 KiB buffer a batch
	// costs the collector more than the decoding gains.
	free := make(chan *batch[M, Out], 4*workers+2)
	newBatch := func() *batch[M, Out] {
		select {
		case b := <-free:
			b.data, b.ends, b.meta, b.outs, b.err = b.data[:0], b.ends[:0], b.meta[:0], b.outs[:0], nil
			b.done = make(chan struct{})
			return b
		default:
			return &batch[M, Out]{data: make([]byte, 0, batchBytes+batchBytes/4), done: make(chan struct{})}
		}
	}
	send := func(b *batch[M, Out]) bool {
		select {
		case order <- b:
		case <-quit:
			return false
		}
		jobs <- b
		return true
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(order)
		defer close(jobs)
		b, stopped := newBatch(), false
		produceErr = produce(func(raw []byte, m M) bool {
			if stopped {
				return false
			}
			b.data = append(b.data, raw...)
			b.ends = append(b.ends, len(b.data))
			b.meta = append(b.meta, m)
			if len(b.data) >= batchBytes || len(b.ends) >= batchRecords {
				stopped = !send(b)
				b = newBatch()
			}
			return !stopped
		})
		if len(b.ends) > 0 && !stopped {
			send(b)
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range jobs {
				start := 0
				for i, end := range b.ends {
					out, err := decode(b.data[start:end], b.meta[i])
					if err != nil {
						b.err = err
						break
					}
					b.outs = append(b.outs, out)
					start = end
				}
				close(b.done)
			}
		}()
	}
	err := func() error {
		for b := range order {
			<-b.done
			for i, out := range b.outs {
				if err := consume(out, b.meta[i]); err != nil {
					return err
				}
			}
			if b.err != nil {
				return b.err
			}
			clear(b.outs) // let the collector have what consume kept no reference to
			select {
			case free <- b:
			default:
			}
		}
		return nil
	}()
	close(quit)
	for range order { // let produce finish
	}
	wg.Wait()
	if err != nil {
		return err
	}
	return produceErr
}
