# example.com/demo/escapes
funcpctab example.com/demo/escapes.PoolAfter [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/pool.go:31)	TEXT	example.com/demo/escapes.PoolAfter(SB), ABIInternal, $88-24
     0     -1 00000 (/work/wt/i/examples/demo/escapes/pool.go:31)	CMPQ	SP, 16(R14)
    43      0 00067 (/work/wt/i/examples/demo/escapes/pool.go:33)	MOVQ	$0, 8(BX)
    57     -1 00087 (/work/wt/i/examples/demo/escapes/pool.go:34)	MOVQ	BX, AX
    66      1 00102 (/work/wt/i/examples/demo/escapes/pool.go:35)	MOVQ	example.com/demo/escapes.w+96(SP), AX
    93     -1 00147 (/work/wt/i/examples/demo/escapes/pool.go:36)	LEAQ	example.com/demo/escapes.bufPool(SB), AX
    f3 done
wrote 11 bytes to 0x2e64835a8750
 00 43 02 14 01 0f 04 2d 03 60 00
-- inlining tree for example.com/demo/escapes.PoolAfter:
0 | -1 | bytes.(*Buffer).Reset (/work/wt/i/examples/demo/escapes/pool.go:33:11) pc=66
1 | -1 | io.Copy (/work/wt/i/examples/demo/escapes/pool.go:35:19) pc=101
--
funcpctab example.com/demo/escapes.PoolBefore [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/pool.go:19)	TEXT	example.com/demo/escapes.PoolBefore(SB), ABIInternal, $72-24
     0     -1 00000 (/work/wt/i/examples/demo/escapes/pool.go:19)	CMPQ	SP, 16(R14)
    46      0 00070 (/work/wt/i/examples/demo/escapes/pool.go:22)	MOVQ	example.com/demo/escapes.w+80(SP), AX
    69     -1 00105 (/work/wt/i/examples/demo/escapes/pool.go:23)	MOVQ	BX, AX
    9d done
wrote 7 bytes to 0x2e64835a8c68
 00 46 02 23 01 34 00
-- inlining tree for example.com/demo/escapes.PoolBefore:
0 | -1 | io.Copy (/work/wt/i/examples/demo/escapes/pool.go:22:19) pc=69
--
funcpctab example.com/demo/escapes.LargeArrayPooled [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/large_array.go:71)	TEXT	example.com/demo/escapes.LargeArrayPooled(SB), ABIInternal, $40-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/large_array.go:71)	CMPQ	SP, 16(R14)
    51      0 00081 (/work/wt/i/examples/demo/escapes/large_array.go:76)	XORL	DX, DX
    79     -1 00121 (/work/wt/i/examples/demo/escapes/large_array.go:77)	LEAQ	example.com/demo/escapes.bigPool(SB), AX
    bc done
wrote 7 bytes to 0x2e64835a9488
 00 51 02 28 01 43 00
-- inlining tree for example.com/demo/escapes.LargeArrayPooled:
0 | -1 | example.com/demo/escapes.checksum (/work/wt/i/examples/demo/escapes/large_array.go:76:15) pc=79
--
funcpctab example.com/demo/escapes.render [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/pool.go:40)	TEXT	example.com/demo/escapes.render(SB), ABIInternal, $80-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/pool.go:40)	CMPQ	SP, 16(R14)
    3b      0 00059 (/work/wt/i/examples/demo/escapes/pool.go:43)	XORL	BX, BX
    51     -1 00081 (/work/wt/i/examples/demo/escapes/pool.go:43)	MOVQ	CX, DI
    db done
wrote 8 bytes to 0x2e64835a9bf8
 00 3b 02 16 01 8a 01 00
-- inlining tree for example.com/demo/escapes.render:
0 | -1 | strconv.AppendInt (/work/wt/i/examples/demo/escapes/pool.go:43:29) pc=81
--
funcpctab example.com/demo/escapes.MakeSizeAfter [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/make_size.go:28)	TEXT	example.com/demo/escapes.MakeSizeAfter(SB), ABIInternal, $4104-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/make_size.go:28)	MOVQ	SP, R12
    46      0 00070 (/work/wt/i/examples/demo/escapes/make_size.go:34)	XORL	CX, CX
    65     -1 00101 (/work/wt/i/examples/demo/escapes/make_size.go:34)	MOVQ	CX, AX
    90 done
wrote 7 bytes to 0x2e64832d8230
 00 46 02 1f 01 2b 00
-- inlining tree for example.com/demo/escapes.MakeSizeAfter:
0 | -1 | example.com/demo/escapes.checksum (/work/wt/i/examples/demo/escapes/make_size.go:34:17) pc=101
--
funcpctab example.com/demo/escapes.LargeArrayBefore [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/large_array.go:16)	TEXT	example.com/demo/escapes.LargeArrayBefore(SB), ABIInternal, $24-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/large_array.go:16)	CMPQ	SP, 16(R14)
    39      0 00057 (/work/wt/i/examples/demo/escapes/large_array.go:21)	XORL	CX, CX
    5c     -1 00092 (/work/wt/i/examples/demo/escapes/large_array.go:21)	MOVQ	CX, AX
    75 done
wrote 7 bytes to 0x2e64832d8748
 00 39 02 23 01 19 00
-- inlining tree for example.com/demo/escapes.LargeArrayBefore:
0 | -1 | example.com/demo/escapes.checksum (/work/wt/i/examples/demo/escapes/large_array.go:21:17) pc=92
--
funcpctab example.com/demo/escapes.MakeSizeBefore [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/make_size.go:16)	TEXT	example.com/demo/escapes.MakeSizeBefore(SB), ABIInternal, $64-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/make_size.go:16)	CMPQ	SP, 16(R14)
    5c      0 00092 (/work/wt/i/examples/demo/escapes/make_size.go:21)	XORL	DX, DX
    7b     -1 00123 (/work/wt/i/examples/demo/escapes/make_size.go:21)	MOVQ	DX, AX
    98 done
wrote 7 bytes to 0x2e64832d8c00
 00 5c 02 1f 01 1d 00
-- inlining tree for example.com/demo/escapes.MakeSizeBefore:
0 | -1 | example.com/demo/escapes.checksum (/work/wt/i/examples/demo/escapes/make_size.go:21:17) pc=123
--
funcpctab go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.unpack [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.unpack(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-16
     0     -1 00000 (<autogenerated>:1)	TESTB	AL, (AX)
     2      0 00002 (<autogenerated>:1)	MOVQ	BX, AX
     9     -1 00009 (<autogenerated>:1)	RET
     a done
wrote 7 bytes to 0x2e64832d90a0
 00 02 02 07 01 01 00
-- inlining tree for go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.unpack:
0 | -1 | sync.(*poolDequeue).unpack (<autogenerated>:1) pc=0
--
funcpctab example.com/demo/escapes.InterfaceAfter [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/interface.go:26)	TEXT	example.com/demo/escapes.InterfaceAfter(SB), ABIInternal, $24-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/interface.go:26)	CMPQ	SP, 16(R14)
    15      0 00021 (/work/wt/i/examples/demo/escapes/interface.go:27)	XCHGL	AX, AX
    16      1 00022 (/work/wt/i/examples/demo/escapes/interface.go:27)	MOVL	$10, BX
    25     -1 00037 (/work/wt/i/examples/demo/escapes/interface.go:27)	ADDQ	$16, SP
    3c done
wrote 9 bytes to 0x2e64832d93c0
 00 15 02 01 02 0f 03 17 00
-- inlining tree for example.com/demo/escapes.InterfaceAfter:
0 | -1 | strconv.Itoa (/work/wt/i/examples/demo/escapes/interface.go:27:21) pc=14
1 | 0 | internal/strconv.Itoa (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/strconv/number.go:215:21) pc=21
--
funcpctab example.com/demo/escapes.MakeSizeCallerBuffer [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/make_size.go:38)	TEXT	example.com/demo/escapes.MakeSizeCallerBuffer(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (/work/wt/i/examples/demo/escapes/make_size.go:38)	MOVQ	AX, example.com/demo/escapes.buf+8(FP)
    14      0 00020 (/work/wt/i/examples/demo/escapes/make_size.go:42)	XORL	CX, CX
    33     -1 00051 (/work/wt/i/examples/demo/escapes/make_size.go:42)	MOVQ	CX, AX
    37 done
wrote 7 bytes to 0x2e64832d9690
 00 14 02 1f 01 04 00
-- inlining tree for example.com/demo/escapes.MakeSizeCallerBuffer:
0 | -1 | example.com/demo/escapes.checksum (/work/wt/i/examples/demo/escapes/make_size.go:42:17) pc=51
--
funcpctab sync/atomic.(*Pointer[sync.poolChainElt]).CompareAndSwap [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	TEXT	sync/atomic.(*Pointer[sync.poolChainElt]).CompareAndSwap(SB), DUPOK|WRAPPER|ABIInternal, $32-24
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	CMPQ	SP, 16(R14)
     e      0 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	TESTB	AL, (AX)
    15     -1 00021 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	ADDQ	$24, SP
    42 done
wrote 7 bytes to 0x2e64832d9958
 00 0e 02 07 01 2d 00
-- inlining tree for sync/atomic.(*Pointer[sync.poolChainElt]).CompareAndSwap:
0 | -1 | sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67:6) pc=21
--
funcpctab sync/atomic.(*Pointer[sync.poolChainElt]).Swap [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	TEXT	sync/atomic.(*Pointer[sync.poolChainElt]).Swap(SB), DUPOK|WRAPPER|ABIInternal, $24-16
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	CMPQ	SP, 16(R14)
     e      0 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	TESTB	AL, (AX)
    15     -1 00021 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	ADDQ	$16, SP
    36 done
wrote 7 bytes to 0x2e64832d9ca8
 00 0e 02 07 01 21 00
-- inlining tree for sync/atomic.(*Pointer[sync.poolChainElt]).Swap:
0 | -1 | sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Swap (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64:6) pc=21
--
funcpctab example.com/demo/escapes.AppendGrowSized [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/append_grow.go:35)	TEXT	example.com/demo/escapes.AppendGrowSized(SB), ABIInternal, $632-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/append_grow.go:35)	LEAQ	-504(SP), R12
   137 done
wrote 4 bytes to 0x2e6482e68e90
 00 b7 02 00
funcpctab sync/atomic.(*Pointer[sync.poolChainElt]).Load [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:58)	TEXT	sync/atomic.(*Pointer[sync.poolChainElt]).Load(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-8
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:58)	XCHGL	AX, AX
     1      0 00001 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:58)	MOVQ	(AX), AX
     4     -1 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:58)	RET
     5 done
wrote 7 bytes to 0x2e6482e695c0
 00 01 02 03 01 01 00
-- inlining tree for sync/atomic.(*Pointer[sync.poolChainElt]).Load:
0 | -1 | sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Load (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:58:6) pc=4
--
funcpctab example.com/demo/escapes.LargeNewBefore [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/large_array.go:25)	TEXT	example.com/demo/escapes.LargeNewBefore(SB), ABIInternal, $24-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/large_array.go:25)	CMPQ	SP, 16(R14)
    6c done
wrote 3 bytes to 0x2e6482e697e0
 00 6c 00
funcpctab example.com/demo/escapes.(*Scaler).Scale [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	example.com/demo/escapes.(*Scaler).Scale(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-16
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     c      0 00012 (<autogenerated>:1)	IMULQ	BX, AX
    10     -1 00016 (<autogenerated>:1)	POPQ	BP
    18 done
wrote 7 bytes to 0x2e6482e69be8
 00 0c 02 04 01 08 00
-- inlining tree for example.com/demo/escapes.(*Scaler).Scale:
0 | -1 | example.com/demo/escapes.Scaler.Scale (<autogenerated>:1) pc=4
--
funcpctab go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.pack [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.pack(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-16
     0     -1 00000 (<autogenerated>:1)	TESTB	AL, (AX)
     2      0 00002 (<autogenerated>:1)	MOVL	BX, AX
     d     -1 00013 (<autogenerated>:1)	RET
     e done
wrote 7 bytes to 0x2e6482e69e58
 00 02 02 0b 01 01 00
-- inlining tree for go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.pack:
0 | -1 | sync.(*poolDequeue).pack (<autogenerated>:1) pc=0
--
funcpctab example.com/demo/escapes.Scaler.Scale-fm [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	example.com/demo/escapes.Scaler.Scale-fm(SB), DUPOK|NOSPLIT|WRAPPER|NEEDCTXT|NOFRAME|ABIInternal, $0-8
     0     -1 00000 (<autogenerated>:1)	MOVQ	8(DX), CX
     4      0 00004 (<autogenerated>:1)	IMULQ	CX, AX
     8     -1 00008 (<autogenerated>:1)	RET
     9 done
wrote 7 bytes to 0x2e648321e0b8
 00 04 02 04 01 01 00
-- inlining tree for example.com/demo/escapes.Scaler.Scale-fm:
0 | -1 | example.com/demo/escapes.Scaler.Scale (<autogenerated>:1) pc=0
--
funcpctab example.com/demo/escapes.LargeNewAfter [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/large_array.go:38)	TEXT	example.com/demo/escapes.LargeNewAfter(SB), ABIInternal, $8200-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/large_array.go:38)	MOVQ	SP, R12
    af done
wrote 4 bytes to 0x2e648321e300
 00 af 01 00
funcpctab example.com/demo/escapes.OpaqueCallAfter [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:34)	TEXT	example.com/demo/escapes.OpaqueCallAfter(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:35)	LEAQ	(BX)(BX*2), CX
     5      0 00005 (/work/wt/i/examples/demo/escapes/opaque_call.go:36)	ADDQ	CX, (AX)
     8     -1 00008 (/work/wt/i/examples/demo/escapes/opaque_call.go:37)	RET
     9 done
wrote 7 bytes to 0x2e648321e778
 00 05 02 03 01 01 00
-- inlining tree for example.com/demo/escapes.OpaqueCallAfter:
0 | -1 | example.com/demo/escapes.(*Counter).Add (/work/wt/i/examples/demo/escapes/opaque_call.go:36:7) pc=4
--
funcpctab example.com/demo/escapes.LargeFrame [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/large_array.go:83)	TEXT	example.com/demo/escapes.LargeFrame(SB), ABIInternal, $16392-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/large_array.go:83)	MOVQ	SP, R12
    57      0 00087 (/work/wt/i/examples/demo/escapes/large_array.go:90)	XORL	CX, CX
    7c     -1 00124 (/work/wt/i/examples/demo/escapes/large_array.go:92)	ADDQ	$16384, SP
    99 done
wrote 7 bytes to 0x2e648321e9f0
 00 57 02 25 01 1d 00
-- inlining tree for example.com/demo/escapes.LargeFrame:
0 | -1 | example.com/demo/escapes.checksum (/work/wt/i/examples/demo/escapes/large_array.go:90:16) pc=52
--
funcpctab example.com/demo/escapes.OpaqueFuncAfter [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:46)	TEXT	example.com/demo/escapes.OpaqueFuncAfter(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:47)	LEAQ	(BX)(BX*2), CX
     5      0 00005 (/work/wt/i/examples/demo/escapes/opaque_call.go:48)	ADDQ	CX, (AX)
     8     -1 00008 (/work/wt/i/examples/demo/escapes/opaque_call.go:49)	RET
     9 done
wrote 7 bytes to 0x2e648321ee68
 00 05 02 03 01 01 00
-- inlining tree for example.com/demo/escapes.OpaqueFuncAfter:
0 | -1 | example.com/demo/escapes.addTo (/work/wt/i/examples/demo/escapes/opaque_call.go:48:7) pc=4
--
funcpctab example.com/demo/escapes.ClosureAfter [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/closure.go:19)	TEXT	example.com/demo/escapes.ClosureAfter(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/closure.go:22)	JMP	9
     6      0 00006 (/work/wt/i/examples/demo/escapes/closure.go:23)	INCQ	AX
     9     -1 00009 (/work/wt/i/examples/demo/escapes/closure.go:22)	TESTQ	BX, BX
     f done
wrote 7 bytes to 0x2e648321f098
 00 06 02 03 01 06 00
-- inlining tree for example.com/demo/escapes.ClosureAfter:
0 | -1 | example.com/demo/escapes.ClosureAfter.func1 (/work/wt/i/examples/demo/escapes/closure.go:23:15) pc=2
--
funcpctab example.com/demo/escapes.NewSummer [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:56)	TEXT	example.com/demo/escapes.NewSummer(SB), ABIInternal, $64-0
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:56)	CMPQ	SP, 16(R14)
    eb done
wrote 4 bytes to 0x2e648321f350
 00 eb 01 00
funcpctab example.com/demo/escapes.NewSummer.gowrap1 [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	TEXT	example.com/demo/escapes.NewSummer.gowrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $56-0
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	CMPQ	SP, 16(R14)
    17      0 00023 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	MOVQ	(CX), AX
    2b      1 00043 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	MOVQ	SI, example.com/demo/escapes..autotmp_7+24(SP)
    3a      0 00058 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	MOVQ	example.com/demo/escapes..autotmp_11+40(SP), AX
    5b      1 00091 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	XORL	DX, DX
    6f     -1 00111 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	ADDQ	$48, SP
    7c done
wrote 13 bytes to 0x2e648321f960
 00 17 02 14 02 0f 01 21 02 14 03 0d 00
-- inlining tree for example.com/demo/escapes.NewSummer.gowrap1:
0 | -1 | example.com/demo/escapes.(*Summer).loop (/work/wt/i/examples/demo/escapes/goroutine.go:58:11) pc=14
1 | 0 | example.com/demo/escapes.sumTo (/work/wt/i/examples/demo/escapes/goroutine.go:64:8) pc=34
--
funcpctab example.com/demo/escapes.LargeArrayAfter [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/large_array.go:54)	TEXT	example.com/demo/escapes.LargeArrayAfter(SB), ABIInternal, $8200-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/large_array.go:54)	MOVQ	SP, R12
    72      0 00114 (/work/wt/i/examples/demo/escapes/large_array.go:61)	XORL	CX, CX
    97     -1 00151 (/work/wt/i/examples/demo/escapes/large_array.go:63)	ADDQ	$8192, SP
    b4 done
wrote 7 bytes to 0x2e648321fc90
 00 72 02 25 01 1d 00
-- inlining tree for example.com/demo/escapes.LargeArrayAfter:
0 | -1 | example.com/demo/escapes.checksum (/work/wt/i/examples/demo/escapes/large_array.go:61:22) pc=59
--
funcpctab example.com/demo/escapes.GoroutineArgs [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:35)	TEXT	example.com/demo/escapes.GoroutineArgs(SB), ABIInternal, $48-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:35)	CMPQ	SP, 16(R14)
    ae done
wrote 4 bytes to 0x2e64833d2230
 00 ae 01 00
funcpctab example.com/demo/escapes.GoroutineArgs.gowrap1 [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	TEXT	example.com/demo/escapes.GoroutineArgs.gowrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	CMPQ	SP, 16(R14)
    12      0 00018 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	XORL	SI, SI
    25     -1 00037 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	MOVQ	16(DX), CX
    29      0 00041 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	MOVQ	AX, example.com/demo/escapes..autotmp_4+16(SP)
    3b     -1 00059 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	ADDQ	$24, SP
    48 done
wrote 11 bytes to 0x2e64833d2760
 00 12 02 13 01 04 02 12 01 0d 00
-- inlining tree for example.com/demo/escapes.GoroutineArgs.gowrap1:
0 | -1 | example.com/demo/escapes.sumTo (/work/wt/i/examples/demo/escapes/goroutine.go:36:10) pc=14
--
funcpctab example.com/demo/escapes.AppendGrowBefore [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/append_grow.go:13)	TEXT	example.com/demo/escapes.AppendGrowBefore(SB), ABIInternal, $120-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/append_grow.go:13)	CMPQ	SP, 16(R14)
   111 done
wrote 4 bytes to 0x2e64833d2cb8
 00 91 02 00
funcpctab sync/atomic.(*Pointer[sync.poolChainElt]).Store [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	TEXT	sync/atomic.(*Pointer[sync.poolChainElt]).Store(SB), DUPOK|WRAPPER|ABIInternal, $24-16
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	CMPQ	SP, 16(R14)
     e      0 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	TESTB	AL, (AX)
    15     -1 00021 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	ADDQ	$16, SP
    36 done
wrote 7 bytes to 0x2e64833d32c8
 00 0e 02 07 01 21 00
-- inlining tree for sync/atomic.(*Pointer[sync.poolChainElt]).Store:
0 | -1 | sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Store (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61:6) pc=21
--
funcpctab example.com/demo/escapes.GoroutineBefore [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:20)	TEXT	example.com/demo/escapes.GoroutineBefore(SB), ABIInternal, $56-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:20)	CMPQ	SP, 16(R14)
    cf done
wrote 4 bytes to 0x2e64833d3658
 00 cf 01 00
funcpctab example.com/demo/escapes.GoroutineBefore.func1 [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	TEXT	example.com/demo/escapes.GoroutineBefore.func1(SB), NEEDCTXT|ABIInternal, $16-0
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	CMPQ	SP, 16(R14)
    3b done
wrote 3 bytes to 0x2e64833d3ab0
 00 3b 00
funcpctab example.com/demo/escapes.sumTo [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:40)	TEXT	example.com/demo/escapes.sumTo(SB), ABIInternal, $32-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:40)	CMPQ	SP, 16(R14)
    52 done
wrote 3 bytes to 0x2e64833d3e40
 00 52 00
funcpctab example.com/demo/escapes.FieldStoreBefore [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/global_store.go:49)	TEXT	example.com/demo/escapes.FieldStoreBefore(SB), ABIInternal, $48-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/global_store.go:49)	CMPQ	SP, 16(R14)
    8f done
wrote 4 bytes to 0x2e6483422380
 00 8f 01 00
funcpctab example.com/demo/escapes.checksum [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/make_size.go:45)	TEXT	example.com/demo/escapes.checksum(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (/work/wt/i/examples/demo/escapes/make_size.go:45)	MOVQ	AX, example.com/demo/escapes.b+8(FP)
    29 done
wrote 3 bytes to 0x2e64834228a8
 00 29 00
funcpctab example.com/demo/escapes.FieldStoreAfter [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/global_store.go:62)	TEXT	example.com/demo/escapes.FieldStoreAfter(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/global_store.go:63)	IMUL3Q	$100, AX, BX
     5 done
wrote 3 bytes to 0x2e6483422b30
 00 05 00
funcpctab example.com/demo/escapes.MethodValueAfter [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/method_value.go:34)	TEXT	example.com/demo/escapes.MethodValueAfter(SB), ABIInternal, $24-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/method_value.go:34)	CMPQ	SP, 16(R14)
    62 done
wrote 3 bytes to 0x2e6483422d70
 00 62 00
funcpctab example.com/demo/escapes.MethodValueBefore [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/method_value.go:24)	TEXT	example.com/demo/escapes.MethodValueBefore(SB), ABIInternal, $40-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/method_value.go:24)	CMPQ	SP, 16(R14)
    9c done
wrote 4 bytes to 0x2e64834231b0
 00 9c 01 00
funcpctab example.com/demo/escapes.GlobalStoreAfter [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/global_store.go:28)	TEXT	example.com/demo/escapes.GlobalStoreAfter(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/global_store.go:30)	MOVQ	AX, example.com/demo/escapes.lastConfigValue(SB)
    13 done
wrote 3 bytes to 0x2e6483423618
 00 13 00
funcpctab example.com/demo/escapes.GoroutineAfter [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:74)	TEXT	example.com/demo/escapes.GoroutineAfter(SB), ABIInternal, $32-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:74)	CMPQ	SP, 16(R14)
    6b done
wrote 3 bytes to 0x2e6483423830
 00 6b 00
funcpctab example.com/demo/escapes.AppendGrowAfter [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/append_grow.go:25)	TEXT	example.com/demo/escapes.AppendGrowAfter(SB), NOSPLIT|ABIInternal, $8-32
     0     -1 00000 (/work/wt/i/examples/demo/escapes/append_grow.go:25)	PUSHQ	BP
    30 done
wrote 3 bytes to 0x2e64834c2370
 00 30 00
funcpctab example.com/demo/escapes.ReturnPointerBefore [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/return_pointer.go:15)	TEXT	example.com/demo/escapes.ReturnPointerBefore(SB), ABIInternal, $40-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/return_pointer.go:15)	CMPQ	SP, 16(R14)
    72 done
wrote 3 bytes to 0x2e64834c2658
 00 72 00
funcpctab example.com/demo/escapes.ReturnPointerAfter [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/return_pointer.go:24)	TEXT	example.com/demo/escapes.ReturnPointerAfter(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/return_pointer.go:25)	ADDQ	AX, AX
    18 done
wrote 3 bytes to 0x2e64834c2a30
 00 18 00
funcpctab example.com/demo/escapes.GlobalStoreBefore [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/global_store.go:21)	TEXT	example.com/demo/escapes.GlobalStoreBefore(SB), ABIInternal, $40-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/global_store.go:21)	CMPQ	SP, 16(R14)
    76 done
wrote 3 bytes to 0x2e64834c2c90
 00 76 00
funcpctab example.com/demo/escapes.ChannelAfter [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/channel.go:22)	TEXT	example.com/demo/escapes.ChannelAfter(SB), ABIInternal, $40-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/channel.go:22)	CMPQ	SP, 16(R14)
    47 done
wrote 3 bytes to 0x2e64834c3240
 00 47 00
funcpctab example.com/demo/escapes.ChannelBefore [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/channel.go:16)	TEXT	example.com/demo/escapes.ChannelBefore(SB), ABIInternal, $48-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/channel.go:16)	CMPQ	SP, 16(R14)
    72 done
wrote 3 bytes to 0x2e64834c3618
 00 72 00
funcpctab example.com/demo/escapes.ClosureBefore [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/closure.go:10)	TEXT	example.com/demo/escapes.ClosureBefore(SB), ABIInternal, $48-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/closure.go:10)	CMPQ	SP, 16(R14)
    8f done
wrote 4 bytes to 0x2e64834c3a10
 00 8f 01 00
funcpctab example.com/demo/escapes.ClosureBefore.func1 [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/closure.go:12)	TEXT	example.com/demo/escapes.ClosureBefore.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0     -1 00000 (/work/wt/i/examples/demo/escapes/closure.go:12)	MOVQ	8(DX), CX
     e done
wrote 3 bytes to 0x2e64834c3e38
 00 0e 00
funcpctab example.com/demo/escapes.OpaqueFuncBefore [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:40)	TEXT	example.com/demo/escapes.OpaqueFuncBefore(SB), ABIInternal, $24-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:40)	CMPQ	SP, 16(R14)
    5c done
wrote 3 bytes to 0x2e6483756140
 00 5c 00
funcpctab example.com/demo/escapes.OpaqueCallBefore [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:28)	TEXT	example.com/demo/escapes.OpaqueCallBefore(SB), ABIInternal, $24-24
     0     -1 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:28)	CMPQ	SP, 16(R14)
    76 done
wrote 3 bytes to 0x2e64837564f8
 00 76 00
funcpctab example.com/demo/escapes.(*Summer).loop [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:62)	TEXT	example.com/demo/escapes.(*Summer).loop(SB), ABIInternal, $48-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:62)	CMPQ	SP, 16(R14)
    26      0 00038 (/work/wt/i/examples/demo/escapes/goroutine.go:64)	MOVQ	DX, example.com/demo/escapes..autotmp_7+24(SP)
    35     -1 00053 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	MOVQ	example.com/demo/escapes..autotmp_10+32(SP), CX
    59      0 00089 (/work/wt/i/examples/demo/escapes/goroutine.go:64)	XORL	DX, DX
    6c     -1 00108 (/work/wt/i/examples/demo/escapes/goroutine.go:66)	ADDQ	$40, SP
    86 done
wrote 11 bytes to 0x2e6483756b00
 00 26 02 0f 01 24 02 13 01 1a 00
-- inlining tree for example.com/demo/escapes.(*Summer).loop:
0 | -1 | example.com/demo/escapes.sumTo (/work/wt/i/examples/demo/escapes/goroutine.go:64:8) pc=29
--
funcpctab example.com/demo/escapes.init.func2 [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/pool.go:27)	TEXT	example.com/demo/escapes.init.func2(SB), ABIInternal, $40-0
     0     -1 00000 (/work/wt/i/examples/demo/escapes/pool.go:27)	CMPQ	SP, 16(R14)
    3c done
wrote 3 bytes to 0x2e6483756cb8
 00 3c 00
funcpctab example.com/demo/escapes.init.func1 [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/large_array.go:67)	TEXT	example.com/demo/escapes.init.func1(SB), ABIInternal, $24-0
     0     -1 00000 (/work/wt/i/examples/demo/escapes/large_array.go:67)	CMPQ	SP, 16(R14)
    31 done
wrote 3 bytes to 0x2e6483756f10
 00 31 00
funcpctab sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	TEXT	sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap(SB), DUPOK|ABIInternal, $32-32
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	CMPQ	SP, 16(R14)
    50 done
wrote 3 bytes to 0x2e64837571d8
 00 50 00
funcpctab example.com/demo/escapes.InterfaceBefore [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/interface.go:21)	TEXT	example.com/demo/escapes.InterfaceBefore(SB), ABIInternal, $48-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/interface.go:21)	CMPQ	SP, 16(R14)
    5e done
wrote 3 bytes to 0x2e6483757580
 00 5e 00
funcpctab sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Swap [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	TEXT	sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Swap(SB), DUPOK|ABIInternal, $24-24
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	CMPQ	SP, 16(R14)
    43 done
wrote 3 bytes to 0x2e64837578d0
 00 43 00
funcpctab sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Load [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:58)	TEXT	sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Load(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-16
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:58)	MOVQ	(AX), AX
     4 done
wrote 3 bytes to 0x2e6483757c10
 00 04 00
funcpctab example.com/demo/escapes.ClosureAfter.func1 [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/closure.go:20)	TEXT	example.com/demo/escapes.ClosureAfter.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/closure.go:20)	INCQ	AX
     4 done
wrote 3 bytes to 0x2e6483757d88
 00 04 00
funcpctab example.com/demo/escapes.Scaler.Scale [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/method_value.go:17)	TEXT	example.com/demo/escapes.Scaler.Scale(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/method_value.go:18)	IMULQ	BX, AX
     5 done
wrote 3 bytes to 0x2e6483757f20
 00 05 00
funcpctab example.com/demo/escapes.RememberFirst [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/global_store.go:37)	TEXT	example.com/demo/escapes.RememberFirst(SB), ABIInternal, $8-24
     0     -1 00000 (/work/wt/i/examples/demo/escapes/global_store.go:37)	CMPQ	SP, 16(R14)
    63 done
wrote 3 bytes to 0x2e64837d8148
 00 63 00
funcpctab example.com/demo/escapes.(*Summer).Close [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:69)	TEXT	example.com/demo/escapes.(*Summer).Close(SB), ABIInternal, $16-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:69)	CMPQ	SP, 16(R14)
    2d done
wrote 3 bytes to 0x2e64837d84a0
 00 2d 00
funcpctab sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Store [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	TEXT	sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Store(SB), DUPOK|ABIInternal, $24-24
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	CMPQ	SP, 16(R14)
    43 done
wrote 3 bytes to 0x2e64837d87a0
 00 43 00
funcpctab go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.popHead [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.popHead(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-8
     0     -1 00000 (<autogenerated>:1)	TESTB	AL, (AX)
     7 done
wrote 3 bytes to 0x2e64837d8ad0
 00 07 00
funcpctab example.com/demo/escapes.(*Counter).Add [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:18)	TEXT	example.com/demo/escapes.(*Counter).Add(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:19)	MOVQ	(AX), CX
     a done
wrote 3 bytes to 0x2e64837d8ca0
 00 0a 00
funcpctab example.com/demo/escapes.InterfaceStoreAfter [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/interface.go:46)	TEXT	example.com/demo/escapes.InterfaceStoreAfter(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/interface.go:47)	IMUL3Q	$1000, AX, AX
     8 done
wrote 3 bytes to 0x2e64837d8e38
 00 08 00
funcpctab example.com/demo/escapes.Adder.Add [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	example.com/demo/escapes.Adder.Add(SB), DUPOK|WRAPPER|ABIInternal, $24-24
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
    4f done
wrote 3 bytes to 0x2e64837d9038
 00 4f 00
funcpctab go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.popTail [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.popTail(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-8
     0     -1 00000 (<autogenerated>:1)	TESTB	AL, (AX)
     7 done
wrote 3 bytes to 0x2e64837d9390
 00 07 00
funcpctab example.com/demo/escapes.addTo [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:51)	TEXT	example.com/demo/escapes.addTo(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:52)	MOVQ	(AX), CX
     a done
wrote 3 bytes to 0x2e64837d9560
 00 0a 00
funcpctab go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.pushHead [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.pushHead(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (<autogenerated>:1)	MOVQ	BX, sync.val+16(FP)
    11 done
wrote 3 bytes to 0x2e64837d9768
 00 11 00
funcpctab example.com/demo/escapes.InterfaceStoreBefore [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/interface.go:36)	TEXT	example.com/demo/escapes.InterfaceStoreBefore(SB), ABIInternal, $16-8
     0     -1 00000 (/work/wt/i/examples/demo/escapes/interface.go:36)	CMPQ	SP, 16(R14)
    3b done
wrote 3 bytes to 0x2e64837d98e8
 00 3b 00
funcpctab example.com/demo/escapes.SmallConstantToInterface [valfunc=pctoinline]
     0     -1 00000 (/work/wt/i/examples/demo/escapes/interface.go:54)	TEXT	example.com/demo/escapes.SmallConstantToInterface(SB), ABIInternal, $64-16
     0     -1 00000 (/work/wt/i/examples/demo/escapes/interface.go:54)	CMPQ	SP, 16(R14)
    66 done
wrote 3 bytes to 0x2e64837d9c58
 00 66 00
funcpctab example.com/demo/escapes.init [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	example.com/demo/escapes.init(SB), NOSPLIT|NOFRAME|PKGINIT|ABIInternal, $0-0
     0     -1 00000 (<autogenerated>:1)	RET
     1 done
wrote 3 bytes to 0x2e64837d9f00
 00 01 00
example.com/demo/escapes.init STEXT nosplit size=1 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	example.com/demo/escapes.init(SB), NOSPLIT|NOFRAME|PKGINIT|ABIInternal, $0-0
	0x0000 00000 (<autogenerated>:1)	RET
example.com/demo/escapes.init.func1 STEXT size=49 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/large_array.go:67)	TEXT	example.com/demo/escapes.init.func1(SB), ABIInternal, $24-0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/large_array.go:67)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/large_array.go:67)	JLS	42
	0x0006 00006 (/work/wt/i/examples/demo/escapes/large_array.go:67)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/large_array.go:67)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/large_array.go:67)	SUBQ	$16, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/large_array.go:67)	LEAQ	type:[1048576]uint8(SB), AX
	0x0015 00021 (/work/wt/i/examples/demo/escapes/large_array.go:67)	CALL	runtime.newobject(SB)
	0x001a 00026 (/work/wt/i/examples/demo/escapes/large_array.go:67)	MOVQ	AX, BX
	0x001d 00029 (/work/wt/i/examples/demo/escapes/large_array.go:67)	LEAQ	type:*[1048576]uint8(SB), AX
	0x0024 00036 (/work/wt/i/examples/demo/escapes/large_array.go:67)	ADDQ	$16, SP
	0x0028 00040 (/work/wt/i/examples/demo/escapes/large_array.go:67)	POPQ	BP
	0x0029 00041 (/work/wt/i/examples/demo/escapes/large_array.go:67)	RET
	0x002a 00042 (/work/wt/i/examples/demo/escapes/large_array.go:67)	NOP
	0x002a 00042 (/work/wt/i/examples/demo/escapes/large_array.go:67)	CALL	runtime.morestack_noctxt(SB)
	0x002f 00047 (/work/wt/i/examples/demo/escapes/large_array.go:67)	JMP	0
example.com/demo/escapes.init.func2 STEXT size=60 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/pool.go:27)	TEXT	example.com/demo/escapes.init.func2(SB), ABIInternal, $40-0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/pool.go:27)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/pool.go:27)	JLS	53
	0x0006 00006 (/work/wt/i/examples/demo/escapes/pool.go:27)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/pool.go:27)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/pool.go:27)	SUBQ	$32, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/pool.go:27)	MOVL	$40, AX
	0x0013 00019 (/work/wt/i/examples/demo/escapes/pool.go:27)	LEAQ	type:bytes.Buffer(SB), BX
	0x001a 00026 (/work/wt/i/examples/demo/escapes/pool.go:27)	MOVL	$1, CX
	0x001f 00031 (/work/wt/i/examples/demo/escapes/pool.go:27)	NOP
	0x0020 00032 (/work/wt/i/examples/demo/escapes/pool.go:27)	CALL	runtime.mallocgcSmallScanNoHeaderSC5(SB)
	0x0025 00037 (/work/wt/i/examples/demo/escapes/pool.go:27)	MOVQ	AX, BX
	0x0028 00040 (/work/wt/i/examples/demo/escapes/pool.go:27)	LEAQ	type:*bytes.Buffer(SB), AX
	0x002f 00047 (/work/wt/i/examples/demo/escapes/pool.go:27)	ADDQ	$32, SP
	0x0033 00051 (/work/wt/i/examples/demo/escapes/pool.go:27)	POPQ	BP
	0x0034 00052 (/work/wt/i/examples/demo/escapes/pool.go:27)	RET
	0x0035 00053 (/work/wt/i/examples/demo/escapes/pool.go:27)	NOP
	0x0035 00053 (/work/wt/i/examples/demo/escapes/pool.go:27)	CALL	runtime.morestack_noctxt(SB)
	0x003a 00058 (/work/wt/i/examples/demo/escapes/pool.go:27)	JMP	0
example.com/demo/escapes.AppendGrowBefore STEXT size=273 align=0x0 args=0x8 locals=0x78 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/append_grow.go:13)	TEXT	example.com/demo/escapes.AppendGrowBefore(SB), ABIInternal, $120-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/append_grow.go:13)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/append_grow.go:13)	JLS	253
	0x000a 00010 (/work/wt/i/examples/demo/escapes/append_grow.go:13)	PUSHQ	BP
	0x000b 00011 (/work/wt/i/examples/demo/escapes/append_grow.go:13)	MOVQ	SP, BP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/append_grow.go:13)	SUBQ	$112, SP
	0x0012 00018 (/work/wt/i/examples/demo/escapes/append_grow.go:15)	MOVQ	AX, example.com/demo/escapes.n+128(SP)
	0x001a 00026 (/work/wt/i/examples/demo/escapes/append_grow.go:15)	XORL	DX, DX
	0x001c 00028 (/work/wt/i/examples/demo/escapes/append_grow.go:15)	XORL	R8, R8
	0x001f 00031 (/work/wt/i/examples/demo/escapes/append_grow.go:15)	XORL	R9, R9
	0x0022 00034 (/work/wt/i/examples/demo/escapes/append_grow.go:15)	XORL	CX, CX
	0x0024 00036 (/work/wt/i/examples/demo/escapes/append_grow.go:15)	XORL	BX, BX
	0x0026 00038 (/work/wt/i/examples/demo/escapes/append_grow.go:15)	JMP	58
	0x0028 00040 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	MOVQ	DX, R11
	0x002b 00043 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	IMULQ	DX, R11
	0x002f 00047 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	MOVQ	R11, -8(R9)(R10*8)
	0x0034 00052 (/work/wt/i/examples/demo/escapes/append_grow.go:15)	INCQ	DX
	0x0037 00055 (/work/wt/i/examples/demo/escapes/append_grow.go:15)	MOVQ	R10, CX
	0x003a 00058 (/work/wt/i/examples/demo/escapes/append_grow.go:15)	CMPQ	AX, DX
	0x003d 00061 (/work/wt/i/examples/demo/escapes/append_grow.go:15)	JLE	189
	0x003f 00063 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	LEAQ	1(CX), R10
	0x0043 00067 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	CMPQ	BX, R10
	0x0046 00070 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	JCC	40
	0x0048 00072 (/work/wt/i/examples/demo/escapes/append_grow.go:15)	MOVQ	DX, example.com/demo/escapes.i+72(SP)
	0x004d 00077 (/work/wt/i/examples/demo/escapes/append_grow.go:15)	MOVB	R8B, example.com/demo/escapes..autotmp_12+71(SP)
	0x0052 00082 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	CMPQ	R10, $4
	0x0056 00086 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	JGT	130
	0x0058 00088 (/work/wt/i/examples/demo/escapes/append_grow.go:15)	TESTB	R8B, R8B
	0x005b 00091 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	JNE	130
	0x005d 00093 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	NOP
	0x0060 00096 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	TESTQ	CX, CX
	0x0063 00099 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	JNE	130
	0x0065 00101 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	LEAQ	example.com/demo/escapes..autotmp_5+80(SP), R9
	0x006a 00106 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	MOVUPS	X15, (R9)
	0x006e 00110 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	MOVUPS	X15, 16(R9)
	0x0073 00115 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	MOVL	$4, BX
	0x0078 00120 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	MOVL	$1, R8
	0x007e 00126 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	NOP
	0x0080 00128 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	JMP	40
	0x0082 00130 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	MOVQ	R9, AX
	0x0085 00133 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	MOVQ	BX, CX
	0x0088 00136 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	MOVL	$1, DI
	0x008d 00141 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	LEAQ	type:int(SB), SI
	0x0094 00148 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	MOVQ	R10, BX
	0x0097 00151 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	CALL	runtime.growslice(SB)
	0x009c 00156 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	MOVQ	example.com/demo/escapes.i+72(SP), DX
	0x00a1 00161 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	MOVQ	BX, R10
	0x00a4 00164 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	MOVQ	AX, R9
	0x00a7 00167 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	MOVQ	CX, BX
	0x00aa 00170 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	MOVBLZX	example.com/demo/escapes..autotmp_12+71(SP), R8
	0x00b0 00176 (/work/wt/i/examples/demo/escapes/append_grow.go:15)	MOVQ	example.com/demo/escapes.n+128(SP), AX
	0x00b8 00184 (/work/wt/i/examples/demo/escapes/append_grow.go:16)	JMP	40
	0x00bd 00189 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	LEAQ	+128(FP), DX
	0x00c5 00197 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	SUBQ	SP, DX
	0x00c8 00200 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	MOVQ	R9, AX
	0x00cb 00203 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	SUBQ	SP, R9
	0x00ce 00206 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	CMPQ	R9, DX
	0x00d1 00209 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	JCC	238
	0x00d3 00211 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	MOVQ	AX, BX
	0x00d6 00214 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	MOVL	$8, AX
	0x00db 00219 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	NOP
	0x00e0 00224 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	CALL	runtime.moveSliceNoCapNoScan(SB)
	0x00e5 00229 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	MOVQ	CX, DX
	0x00e8 00232 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	MOVQ	BX, CX
	0x00eb 00235 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	MOVQ	DX, BX
	0x00ee 00238 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	MOVQ	BX, DX
	0x00f1 00241 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	MOVQ	CX, BX
	0x00f4 00244 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	MOVQ	DX, CX
	0x00f7 00247 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	ADDQ	$112, SP
	0x00fb 00251 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	POPQ	BP
	0x00fc 00252 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	RET
	0x00fd 00253 (/work/wt/i/examples/demo/escapes/append_grow.go:18)	NOP
	0x00fd 00253 (/work/wt/i/examples/demo/escapes/append_grow.go:13)	MOVQ	AX, 8(SP)
	0x0102 00258 (/work/wt/i/examples/demo/escapes/append_grow.go:13)	CALL	runtime.morestack_noctxt(SB)
	0x0107 00263 (/work/wt/i/examples/demo/escapes/append_grow.go:13)	MOVQ	8(SP), AX
	0x010c 00268 (/work/wt/i/examples/demo/escapes/append_grow.go:13)	JMP	0
example.com/demo/escapes.AppendGrowAfter STEXT nosplit size=48 align=0x0 args=0x20 locals=0x8 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/append_grow.go:25)	TEXT	example.com/demo/escapes.AppendGrowAfter(SB), NOSPLIT|ABIInternal, $8-32
	0x0000 00000 (/work/wt/i/examples/demo/escapes/append_grow.go:25)	PUSHQ	BP
	0x0001 00001 (/work/wt/i/examples/demo/escapes/append_grow.go:25)	MOVQ	SP, BP
	0x0004 00004 (/work/wt/i/examples/demo/escapes/append_grow.go:25)	MOVQ	AX, example.com/demo/escapes.dst+16(FP)
	0x0009 00009 (/work/wt/i/examples/demo/escapes/append_grow.go:26)	CMPQ	CX, DI
	0x000c 00012 (/work/wt/i/examples/demo/escapes/append_grow.go:26)	JCS	42
	0x000e 00014 (/work/wt/i/examples/demo/escapes/append_grow.go:27)	XORL	DX, DX
	0x0010 00016 (/work/wt/i/examples/demo/escapes/append_grow.go:27)	JMP	32
	0x0012 00018 (/work/wt/i/examples/demo/escapes/append_grow.go:28)	MOVQ	DX, SI
	0x0015 00021 (/work/wt/i/examples/demo/escapes/append_grow.go:28)	IMULQ	DX, SI
	0x0019 00025 (/work/wt/i/examples/demo/escapes/append_grow.go:28)	MOVQ	SI, (AX)(DX*8)
	0x001d 00029 (/work/wt/i/examples/demo/escapes/append_grow.go:27)	INCQ	DX
	0x0020 00032 (/work/wt/i/examples/demo/escapes/append_grow.go:27)	CMPQ	DI, DX
	0x0023 00035 (/work/wt/i/examples/demo/escapes/append_grow.go:27)	JGT	18
	0x0025 00037 (/work/wt/i/examples/demo/escapes/append_grow.go:30)	MOVQ	DI, BX
	0x0028 00040 (/work/wt/i/examples/demo/escapes/append_grow.go:30)	POPQ	BP
	0x0029 00041 (/work/wt/i/examples/demo/escapes/append_grow.go:30)	RET
	0x002a 00042 (/work/wt/i/examples/demo/escapes/append_grow.go:26)	CALL	runtime.panicBounds(SB)
	0x002f 00047 (/work/wt/i/examples/demo/escapes/append_grow.go:26)	XCHGL	AX, AX
example.com/demo/escapes.AppendGrowSized STEXT size=311 align=0x0 args=0x8 locals=0x278 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/append_grow.go:35)	TEXT	example.com/demo/escapes.AppendGrowSized(SB), ABIInternal, $632-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/append_grow.go:35)	LEAQ	-504(SP), R12
	0x0008 00008 (/work/wt/i/examples/demo/escapes/append_grow.go:35)	CMPQ	R12, 16(R14)
	0x000c 00012 (/work/wt/i/examples/demo/escapes/append_grow.go:35)	JLS	291
	0x0012 00018 (/work/wt/i/examples/demo/escapes/append_grow.go:35)	PUSHQ	BP
	0x0013 00019 (/work/wt/i/examples/demo/escapes/append_grow.go:35)	MOVQ	SP, BP
	0x0016 00022 (/work/wt/i/examples/demo/escapes/append_grow.go:35)	SUBQ	$624, SP
	0x001d 00029 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	MOVQ	AX, example.com/demo/escapes.n+640(SP)
	0x0025 00037 (/work/wt/i/examples/demo/escapes/append_grow.go:36)	LEAQ	example.com/demo/escapes..autotmp_8+80(SP), DX
	0x002a 00042 (/work/wt/i/examples/demo/escapes/append_grow.go:36)	MOVL	$8, R8
	0x0030 00048 (/work/wt/i/examples/demo/escapes/append_grow.go:36)	MOVUPS	X15, (DX)
	0x0034 00052 (/work/wt/i/examples/demo/escapes/append_grow.go:36)	MOVUPS	X15, 16(DX)
	0x0039 00057 (/work/wt/i/examples/demo/escapes/append_grow.go:36)	MOVUPS	X15, 32(DX)
	0x003e 00062 (/work/wt/i/examples/demo/escapes/append_grow.go:36)	MOVUPS	X15, 48(DX)
	0x0043 00067 (/work/wt/i/examples/demo/escapes/append_grow.go:36)	ADDQ	$64, DX
	0x0047 00071 (/work/wt/i/examples/demo/escapes/append_grow.go:36)	DECL	R8
	0x004a 00074 (/work/wt/i/examples/demo/escapes/append_grow.go:36)	JNE	48
	0x004c 00076 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	XORL	DX, DX
	0x004e 00078 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	LEAQ	example.com/demo/escapes..autotmp_8+80(SP), R8
	0x0053 00083 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	MOVL	$64, R9
	0x0059 00089 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	XORL	R10, R10
	0x005c 00092 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	XORL	CX, CX
	0x005e 00094 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	NOP
	0x0060 00096 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	JMP	116
	0x0062 00098 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	MOVQ	DX, R11
	0x0065 00101 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	IMULQ	DX, R11
	0x0069 00105 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	MOVQ	R11, -8(R8)(BX*8)
	0x006e 00110 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	INCQ	DX
	0x0071 00113 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	MOVQ	BX, CX
	0x0074 00116 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	CMPQ	AX, DX
	0x0077 00119 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	JLE	261
	0x007d 00125 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	NOP
	0x0080 00128 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	CMPQ	DX, $64
	0x0084 00132 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	JGE	261
	0x0086 00134 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	LEAQ	1(CX), BX
	0x008a 00138 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	CMPQ	R9, BX
	0x008d 00141 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	JCC	98
	0x008f 00143 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	MOVQ	DX, example.com/demo/escapes.i+72(SP)
	0x0094 00148 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	MOVB	R10B, example.com/demo/escapes..autotmp_17+71(SP)
	0x0099 00153 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	CMPQ	BX, $4
	0x009d 00157 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	JGT	201
	0x009f 00159 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	NOP
	0x00a0 00160 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	TESTB	R10B, R10B
	0x00a3 00163 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	JNE	201
	0x00a5 00165 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	TESTQ	CX, CX
	0x00a8 00168 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	JNE	201
	0x00aa 00170 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	LEAQ	example.com/demo/escapes..autotmp_12+592(SP), R8
	0x00b2 00178 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	MOVUPS	X15, (R8)
	0x00b6 00182 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	MOVUPS	X15, 16(R8)
	0x00bb 00187 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	MOVL	$4, R9
	0x00c1 00193 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	MOVL	$1, R10
	0x00c7 00199 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	JMP	98
	0x00c9 00201 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	MOVQ	R8, AX
	0x00cc 00204 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	MOVQ	R9, CX
	0x00cf 00207 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	MOVL	$1, DI
	0x00d4 00212 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	LEAQ	type:int(SB), SI
	0x00db 00219 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	NOP
	0x00e0 00224 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	CALL	runtime.growslice(SB)
	0x00e5 00229 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	MOVQ	example.com/demo/escapes.i+72(SP), DX
	0x00ea 00234 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	MOVQ	AX, R8
	0x00ed 00237 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	MOVQ	CX, R9
	0x00f0 00240 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	MOVBLZX	example.com/demo/escapes..autotmp_17+71(SP), R10
	0x00f6 00246 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	MOVQ	example.com/demo/escapes.n+640(SP), AX
	0x00fe 00254 (/work/wt/i/examples/demo/escapes/append_grow.go:37)	NOP
	0x0100 00256 (/work/wt/i/examples/demo/escapes/append_grow.go:38)	JMP	98
	0x0105 00261 (/work/wt/i/examples/demo/escapes/append_grow.go:41)	XORL	DX, DX
	0x0107 00263 (/work/wt/i/examples/demo/escapes/append_grow.go:41)	XORL	BX, BX
	0x0109 00265 (/work/wt/i/examples/demo/escapes/append_grow.go:41)	JMP	274
	0x010b 00267 (/work/wt/i/examples/demo/escapes/append_grow.go:42)	ADDQ	(R8)(DX*8), BX
	0x010f 00271 (/work/wt/i/examples/demo/escapes/append_grow.go:41)	INCQ	DX
	0x0112 00274 (/work/wt/i/examples/demo/escapes/append_grow.go:41)	CMPQ	DX, CX
	0x0115 00277 (/work/wt/i/examples/demo/escapes/append_grow.go:41)	JLT	267
	0x0117 00279 (/work/wt/i/examples/demo/escapes/append_grow.go:44)	MOVQ	BX, AX
	0x011a 00282 (/work/wt/i/examples/demo/escapes/append_grow.go:44)	ADDQ	$624, SP
	0x0121 00289 (/work/wt/i/examples/demo/escapes/append_grow.go:44)	POPQ	BP
	0x0122 00290 (/work/wt/i/examples/demo/escapes/append_grow.go:44)	RET
	0x0123 00291 (/work/wt/i/examples/demo/escapes/append_grow.go:44)	NOP
	0x0123 00291 (/work/wt/i/examples/demo/escapes/append_grow.go:35)	MOVQ	AX, 8(SP)
	0x0128 00296 (/work/wt/i/examples/demo/escapes/append_grow.go:35)	CALL	runtime.morestack_noctxt(SB)
	0x012d 00301 (/work/wt/i/examples/demo/escapes/append_grow.go:35)	MOVQ	8(SP), AX
	0x0132 00306 (/work/wt/i/examples/demo/escapes/append_grow.go:35)	JMP	0
example.com/demo/escapes.ChannelBefore STEXT size=114 align=0x0 args=0x10 locals=0x30 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/channel.go:16)	TEXT	example.com/demo/escapes.ChannelBefore(SB), ABIInternal, $48-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/channel.go:16)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/channel.go:16)	JLS	87
	0x0006 00006 (/work/wt/i/examples/demo/escapes/channel.go:16)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/channel.go:16)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/channel.go:16)	SUBQ	$40, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/channel.go:19)	MOVQ	AX, example.com/demo/escapes.ch+56(SP)
	0x0013 00019 (/work/wt/i/examples/demo/escapes/channel.go:19)	MOVQ	BX, example.com/demo/escapes.id+64(SP)
	0x0018 00024 (/work/wt/i/examples/demo/escapes/channel.go:17)	MOVL	$16, AX
	0x001d 00029 (/work/wt/i/examples/demo/escapes/channel.go:17)	LEAQ	type:example.com/demo/escapes.Message(SB), BX
	0x0024 00036 (/work/wt/i/examples/demo/escapes/channel.go:17)	MOVL	$1, CX
	0x0029 00041 (/work/wt/i/examples/demo/escapes/channel.go:17)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x002e 00046 (/work/wt/i/examples/demo/escapes/channel.go:17)	MOVQ	example.com/demo/escapes.id+64(SP), DX
	0x0033 00051 (/work/wt/i/examples/demo/escapes/channel.go:17)	MOVQ	DX, (AX)
	0x0036 00054 (/work/wt/i/examples/demo/escapes/channel.go:17)	ADDQ	DX, DX
	0x0039 00057 (/work/wt/i/examples/demo/escapes/channel.go:17)	MOVQ	DX, 8(AX)
	0x003d 00061 (/work/wt/i/examples/demo/escapes/channel.go:18)	MOVQ	AX, example.com/demo/escapes..autotmp_3+32(SP)
	0x0042 00066 (/work/wt/i/examples/demo/escapes/channel.go:18)	MOVQ	example.com/demo/escapes.ch+56(SP), AX
	0x0047 00071 (/work/wt/i/examples/demo/escapes/channel.go:18)	LEAQ	example.com/demo/escapes..autotmp_3+32(SP), BX
	0x004c 00076 (/work/wt/i/examples/demo/escapes/channel.go:18)	CALL	runtime.chansend1(SB)
	0x0051 00081 (/work/wt/i/examples/demo/escapes/channel.go:19)	ADDQ	$40, SP
	0x0055 00085 (/work/wt/i/examples/demo/escapes/channel.go:19)	POPQ	BP
	0x0056 00086 (/work/wt/i/examples/demo/escapes/channel.go:19)	RET
	0x0057 00087 (/work/wt/i/examples/demo/escapes/channel.go:19)	NOP
	0x0057 00087 (/work/wt/i/examples/demo/escapes/channel.go:16)	MOVQ	AX, 8(SP)
	0x005c 00092 (/work/wt/i/examples/demo/escapes/channel.go:16)	MOVQ	BX, 16(SP)
	0x0061 00097 (/work/wt/i/examples/demo/escapes/channel.go:16)	CALL	runtime.morestack_noctxt(SB)
	0x0066 00102 (/work/wt/i/examples/demo/escapes/channel.go:16)	MOVQ	8(SP), AX
	0x006b 00107 (/work/wt/i/examples/demo/escapes/channel.go:16)	MOVQ	16(SP), BX
	0x0070 00112 (/work/wt/i/examples/demo/escapes/channel.go:16)	JMP	0
example.com/demo/escapes.ChannelAfter STEXT size=71 align=0x0 args=0x10 locals=0x28 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/channel.go:22)	TEXT	example.com/demo/escapes.ChannelAfter(SB), ABIInternal, $40-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/channel.go:22)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/channel.go:22)	JLS	44
	0x0006 00006 (/work/wt/i/examples/demo/escapes/channel.go:22)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/channel.go:22)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/channel.go:22)	SUBQ	$32, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/channel.go:23)	MOVQ	BX, example.com/demo/escapes..autotmp_3+16(SP)
	0x0013 00019 (/work/wt/i/examples/demo/escapes/channel.go:23)	LEAQ	(BX)(BX*1), CX
	0x0017 00023 (/work/wt/i/examples/demo/escapes/channel.go:24)	MOVQ	CX, example.com/demo/escapes..autotmp_3+24(SP)
	0x001c 00028 (/work/wt/i/examples/demo/escapes/channel.go:24)	LEAQ	example.com/demo/escapes..autotmp_3+16(SP), BX
	0x0021 00033 (/work/wt/i/examples/demo/escapes/channel.go:24)	CALL	runtime.chansend1(SB)
	0x0026 00038 (/work/wt/i/examples/demo/escapes/channel.go:25)	ADDQ	$32, SP
	0x002a 00042 (/work/wt/i/examples/demo/escapes/channel.go:25)	POPQ	BP
	0x002b 00043 (/work/wt/i/examples/demo/escapes/channel.go:25)	RET
	0x002c 00044 (/work/wt/i/examples/demo/escapes/channel.go:25)	NOP
	0x002c 00044 (/work/wt/i/examples/demo/escapes/channel.go:22)	MOVQ	AX, 8(SP)
	0x0031 00049 (/work/wt/i/examples/demo/escapes/channel.go:22)	MOVQ	BX, 16(SP)
	0x0036 00054 (/work/wt/i/examples/demo/escapes/channel.go:22)	CALL	runtime.morestack_noctxt(SB)
	0x003b 00059 (/work/wt/i/examples/demo/escapes/channel.go:22)	MOVQ	8(SP), AX
	0x0040 00064 (/work/wt/i/examples/demo/escapes/channel.go:22)	MOVQ	16(SP), BX
	0x0045 00069 (/work/wt/i/examples/demo/escapes/channel.go:22)	JMP	0
example.com/demo/escapes.ClosureBefore STEXT size=143 align=0x0 args=0x8 locals=0x30 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/closure.go:10)	TEXT	example.com/demo/escapes.ClosureBefore(SB), ABIInternal, $48-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/closure.go:10)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/closure.go:10)	JLS	119
	0x0006 00006 (/work/wt/i/examples/demo/escapes/closure.go:10)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/closure.go:10)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/closure.go:10)	SUBQ	$40, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/closure.go:12)	MOVQ	AX, example.com/demo/escapes.start+56(SP)
	0x0013 00019 (/work/wt/i/examples/demo/escapes/closure.go:11)	LEAQ	type:int(SB), AX
	0x001a 00026 (/work/wt/i/examples/demo/escapes/closure.go:11)	CALL	runtime.newobject(SB)
	0x001f 00031 (/work/wt/i/examples/demo/escapes/closure.go:11)	MOVQ	AX, example.com/demo/escapes.&count+32(SP)
	0x0024 00036 (/work/wt/i/examples/demo/escapes/closure.go:11)	MOVQ	example.com/demo/escapes.start+56(SP), CX
	0x0029 00041 (/work/wt/i/examples/demo/escapes/closure.go:11)	MOVQ	CX, (AX)
	0x002c 00044 (/work/wt/i/examples/demo/escapes/closure.go:12)	MOVL	$16, AX
	0x0031 00049 (/work/wt/i/examples/demo/escapes/closure.go:12)	LEAQ	type:noalg.struct { F uintptr; X0 *int }(SB), BX
	0x0038 00056 (/work/wt/i/examples/demo/escapes/closure.go:12)	MOVL	$1, CX
	0x003d 00061 (/work/wt/i/examples/demo/escapes/closure.go:12)	NOP
	0x0040 00064 (/work/wt/i/examples/demo/escapes/closure.go:12)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x0045 00069 (/work/wt/i/examples/demo/escapes/closure.go:12)	LEAQ	example.com/demo/escapes.ClosureBefore.func1(SB), CX
	0x004c 00076 (/work/wt/i/examples/demo/escapes/closure.go:12)	MOVQ	CX, (AX)
	0x004f 00079 (/work/wt/i/examples/demo/escapes/closure.go:12)	CMPL	runtime.writeBarrier(SB), $0
	0x0056 00086 (/work/wt/i/examples/demo/escapes/closure.go:12)	JNE	96
	0x0058 00088 (/work/wt/i/examples/demo/escapes/closure.go:12)	MOVQ	example.com/demo/escapes.&count+32(SP), CX
	0x005d 00093 (/work/wt/i/examples/demo/escapes/closure.go:12)	JMP	109
	0x005f 00095 (/work/wt/i/examples/demo/escapes/closure.go:12)	NOP
	0x0060 00096 (/work/wt/i/examples/demo/escapes/closure.go:12)	CALL	runtime.gcWriteBarrier1(SB)
	0x0065 00101 (/work/wt/i/examples/demo/escapes/closure.go:12)	MOVQ	example.com/demo/escapes.&count+32(SP), CX
	0x006a 00106 (/work/wt/i/examples/demo/escapes/closure.go:12)	MOVQ	CX, (R11)
	0x006d 00109 (/work/wt/i/examples/demo/escapes/closure.go:12)	MOVQ	CX, 8(AX)
	0x0071 00113 (/work/wt/i/examples/demo/escapes/closure.go:12)	ADDQ	$40, SP
	0x0075 00117 (/work/wt/i/examples/demo/escapes/closure.go:12)	POPQ	BP
	0x0076 00118 (/work/wt/i/examples/demo/escapes/closure.go:12)	RET
	0x0077 00119 (/work/wt/i/examples/demo/escapes/closure.go:12)	NOP
	0x0077 00119 (/work/wt/i/examples/demo/escapes/closure.go:10)	MOVQ	AX, 8(SP)
	0x007c 00124 (/work/wt/i/examples/demo/escapes/closure.go:10)	NOP
	0x0080 00128 (/work/wt/i/examples/demo/escapes/closure.go:10)	CALL	runtime.morestack_noctxt(SB)
	0x0085 00133 (/work/wt/i/examples/demo/escapes/closure.go:10)	MOVQ	8(SP), AX
	0x008a 00138 (/work/wt/i/examples/demo/escapes/closure.go:10)	JMP	0
example.com/demo/escapes.ClosureBefore.func1 STEXT nosplit size=14 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/closure.go:12)	TEXT	example.com/demo/escapes.ClosureBefore.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/closure.go:12)	MOVQ	8(DX), CX
	0x0004 00004 (/work/wt/i/examples/demo/escapes/closure.go:13)	MOVQ	(CX), AX
	0x0007 00007 (/work/wt/i/examples/demo/escapes/closure.go:13)	INCQ	AX
	0x000a 00010 (/work/wt/i/examples/demo/escapes/closure.go:13)	MOVQ	AX, (CX)
	0x000d 00013 (/work/wt/i/examples/demo/escapes/closure.go:14)	RET
example.com/demo/escapes.ClosureAfter STEXT nosplit size=15 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/closure.go:19)	TEXT	example.com/demo/escapes.ClosureAfter(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/closure.go:22)	JMP	9
	0x0002 00002 (/work/wt/i/examples/demo/escapes/closure.go:23)	XCHGL	AX, AX
	0x0003 00003 (/work/wt/i/examples/demo/escapes/closure.go:22)	DECQ	BX
	0x0006 00006 (/work/wt/i/examples/demo/escapes/closure.go:20)	INCQ	AX
	0x0009 00009 (/work/wt/i/examples/demo/escapes/closure.go:22)	TESTQ	BX, BX
	0x000c 00012 (/work/wt/i/examples/demo/escapes/closure.go:22)	JGT	2
	0x000e 00014 (/work/wt/i/examples/demo/escapes/closure.go:25)	RET
example.com/demo/escapes.GlobalStoreBefore STEXT size=118 align=0x0 args=0x8 locals=0x28 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/global_store.go:21)	TEXT	example.com/demo/escapes.GlobalStoreBefore(SB), ABIInternal, $40-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/global_store.go:21)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/global_store.go:21)	JLS	101
	0x0006 00006 (/work/wt/i/examples/demo/escapes/global_store.go:21)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/global_store.go:21)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/global_store.go:21)	SUBQ	$32, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/global_store.go:24)	MOVQ	AX, example.com/demo/escapes.retries+48(SP)
	0x0013 00019 (/work/wt/i/examples/demo/escapes/global_store.go:22)	MOVL	$16, AX
	0x0018 00024 (/work/wt/i/examples/demo/escapes/global_store.go:22)	LEAQ	type:example.com/demo/escapes.Config(SB), BX
	0x001f 00031 (/work/wt/i/examples/demo/escapes/global_store.go:22)	MOVL	$1, CX
	0x0024 00036 (/work/wt/i/examples/demo/escapes/global_store.go:22)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x0029 00041 (/work/wt/i/examples/demo/escapes/global_store.go:22)	MOVQ	example.com/demo/escapes.retries+48(SP), DX
	0x002e 00046 (/work/wt/i/examples/demo/escapes/global_store.go:22)	MOVQ	DX, (AX)
	0x0031 00049 (/work/wt/i/examples/demo/escapes/global_store.go:22)	IMUL3Q	$100, DX, DX
	0x0035 00053 (/work/wt/i/examples/demo/escapes/global_store.go:22)	MOVQ	DX, 8(AX)
	0x0039 00057 (/work/wt/i/examples/demo/escapes/global_store.go:23)	CMPL	runtime.writeBarrier(SB), $0
	0x0040 00064 (/work/wt/i/examples/demo/escapes/global_store.go:23)	JEQ	85
	0x0042 00066 (/work/wt/i/examples/demo/escapes/global_store.go:23)	MOVQ	example.com/demo/escapes.lastConfig(SB), CX
	0x0049 00073 (/work/wt/i/examples/demo/escapes/global_store.go:23)	CALL	runtime.gcWriteBarrier2(SB)
	0x004e 00078 (/work/wt/i/examples/demo/escapes/global_store.go:23)	MOVQ	AX, (R11)
	0x0051 00081 (/work/wt/i/examples/demo/escapes/global_store.go:23)	MOVQ	CX, 8(R11)
	0x0055 00085 (/work/wt/i/examples/demo/escapes/global_store.go:23)	MOVQ	AX, example.com/demo/escapes.lastConfig(SB)
	0x005c 00092 (/work/wt/i/examples/demo/escapes/global_store.go:24)	MOVQ	DX, AX
	0x005f 00095 (/work/wt/i/examples/demo/escapes/global_store.go:24)	ADDQ	$32, SP
	0x0063 00099 (/work/wt/i/examples/demo/escapes/global_store.go:24)	POPQ	BP
	0x0064 00100 (/work/wt/i/examples/demo/escapes/global_store.go:24)	RET
	0x0065 00101 (/work/wt/i/examples/demo/escapes/global_store.go:24)	NOP
	0x0065 00101 (/work/wt/i/examples/demo/escapes/global_store.go:21)	MOVQ	AX, 8(SP)
	0x006a 00106 (/work/wt/i/examples/demo/escapes/global_store.go:21)	CALL	runtime.morestack_noctxt(SB)
	0x006f 00111 (/work/wt/i/examples/demo/escapes/global_store.go:21)	MOVQ	8(SP), AX
	0x0074 00116 (/work/wt/i/examples/demo/escapes/global_store.go:21)	JMP	0
example.com/demo/escapes.GlobalStoreAfter STEXT nosplit size=19 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/global_store.go:28)	TEXT	example.com/demo/escapes.GlobalStoreAfter(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/global_store.go:30)	MOVQ	AX, example.com/demo/escapes.lastConfigValue(SB)
	0x0007 00007 (/work/wt/i/examples/demo/escapes/global_store.go:29)	IMUL3Q	$100, AX, AX
	0x000b 00011 (/work/wt/i/examples/demo/escapes/global_store.go:30)	MOVQ	AX, example.com/demo/escapes.lastConfigValue+8(SB)
	0x0012 00018 (/work/wt/i/examples/demo/escapes/global_store.go:31)	RET
example.com/demo/escapes.RememberFirst STEXT size=99 align=0x0 args=0x18 locals=0x8 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/global_store.go:37)	TEXT	example.com/demo/escapes.RememberFirst(SB), ABIInternal, $8-24
	0x0000 00000 (/work/wt/i/examples/demo/escapes/global_store.go:37)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/global_store.go:37)	JLS	62
	0x0006 00006 (/work/wt/i/examples/demo/escapes/global_store.go:37)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/global_store.go:37)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/global_store.go:37)	MOVQ	AX, example.com/demo/escapes.cs+16(FP)
	0x000f 00015 (/work/wt/i/examples/demo/escapes/global_store.go:38)	TESTQ	BX, BX
	0x0012 00018 (/work/wt/i/examples/demo/escapes/global_store.go:38)	JEQ	60
	0x0014 00020 (/work/wt/i/examples/demo/escapes/global_store.go:39)	MOVQ	(AX), AX
	0x0017 00023 (/work/wt/i/examples/demo/escapes/global_store.go:39)	CMPL	runtime.writeBarrier(SB), $0
	0x001e 00030 (/work/wt/i/examples/demo/escapes/global_store.go:39)	NOP
	0x0020 00032 (/work/wt/i/examples/demo/escapes/global_store.go:39)	JEQ	53
	0x0022 00034 (/work/wt/i/examples/demo/escapes/global_store.go:39)	MOVQ	example.com/demo/escapes.lastConfig(SB), CX
	0x0029 00041 (/work/wt/i/examples/demo/escapes/global_store.go:39)	CALL	runtime.gcWriteBarrier2(SB)
	0x002e 00046 (/work/wt/i/examples/demo/escapes/global_store.go:39)	MOVQ	AX, (R11)
	0x0031 00049 (/work/wt/i/examples/demo/escapes/global_store.go:39)	MOVQ	CX, 8(R11)
	0x0035 00053 (/work/wt/i/examples/demo/escapes/global_store.go:39)	MOVQ	AX, example.com/demo/escapes.lastConfig(SB)
	0x003c 00060 (/work/wt/i/examples/demo/escapes/global_store.go:41)	POPQ	BP
	0x003d 00061 (/work/wt/i/examples/demo/escapes/global_store.go:41)	RET
	0x003e 00062 (/work/wt/i/examples/demo/escapes/global_store.go:41)	NOP
	0x003e 00062 (/work/wt/i/examples/demo/escapes/global_store.go:37)	MOVQ	AX, 8(SP)
	0x0043 00067 (/work/wt/i/examples/demo/escapes/global_store.go:37)	MOVQ	BX, 16(SP)
	0x0048 00072 (/work/wt/i/examples/demo/escapes/global_store.go:37)	MOVQ	CX, 24(SP)
	0x004d 00077 (/work/wt/i/examples/demo/escapes/global_store.go:37)	CALL	runtime.morestack_noctxt(SB)
	0x0052 00082 (/work/wt/i/examples/demo/escapes/global_store.go:37)	MOVQ	8(SP), AX
	0x0057 00087 (/work/wt/i/examples/demo/escapes/global_store.go:37)	MOVQ	16(SP), BX
	0x005c 00092 (/work/wt/i/examples/demo/escapes/global_store.go:37)	MOVQ	24(SP), CX
	0x0061 00097 (/work/wt/i/examples/demo/escapes/global_store.go:37)	JMP	0
example.com/demo/escapes.FieldStoreBefore STEXT size=143 align=0x0 args=0x8 locals=0x30 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/global_store.go:49)	TEXT	example.com/demo/escapes.FieldStoreBefore(SB), ABIInternal, $48-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/global_store.go:49)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/global_store.go:49)	JLS	122
	0x0006 00006 (/work/wt/i/examples/demo/escapes/global_store.go:49)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/global_store.go:49)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/global_store.go:49)	SUBQ	$40, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/global_store.go:53)	MOVQ	AX, example.com/demo/escapes.retries+56(SP)
	0x0013 00019 (/work/wt/i/examples/demo/escapes/global_store.go:50)	MOVL	$16, AX
	0x0018 00024 (/work/wt/i/examples/demo/escapes/global_store.go:50)	LEAQ	type:example.com/demo/escapes.Config(SB), BX
	0x001f 00031 (/work/wt/i/examples/demo/escapes/global_store.go:50)	MOVL	$1, CX
	0x0024 00036 (/work/wt/i/examples/demo/escapes/global_store.go:50)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x0029 00041 (/work/wt/i/examples/demo/escapes/global_store.go:50)	MOVQ	AX, example.com/demo/escapes.&c+32(SP)
	0x002e 00046 (/work/wt/i/examples/demo/escapes/global_store.go:50)	MOVQ	example.com/demo/escapes.retries+56(SP), DX
	0x0033 00051 (/work/wt/i/examples/demo/escapes/global_store.go:50)	MOVQ	DX, (AX)
	0x0036 00054 (/work/wt/i/examples/demo/escapes/global_store.go:50)	IMUL3Q	$100, DX, DX
	0x003a 00058 (/work/wt/i/examples/demo/escapes/global_store.go:50)	MOVQ	DX, 8(AX)
	0x003e 00062 (/work/wt/i/examples/demo/escapes/global_store.go:51)	MOVL	$8, AX
	0x0043 00067 (/work/wt/i/examples/demo/escapes/global_store.go:51)	LEAQ	type:example.com/demo/escapes.Holder(SB), BX
	0x004a 00074 (/work/wt/i/examples/demo/escapes/global_store.go:51)	MOVL	$1, CX
	0x004f 00079 (/work/wt/i/examples/demo/escapes/global_store.go:51)	CALL	runtime.mallocgcSmallScanNoHeaderSC1(SB)
	0x0054 00084 (/work/wt/i/examples/demo/escapes/global_store.go:52)	CMPL	runtime.writeBarrier(SB), $0
	0x005b 00091 (/work/wt/i/examples/demo/escapes/global_store.go:52)	JNE	100
	0x005d 00093 (/work/wt/i/examples/demo/escapes/global_store.go:52)	MOVQ	example.com/demo/escapes.&c+32(SP), CX
	0x0062 00098 (/work/wt/i/examples/demo/escapes/global_store.go:52)	JMP	113
	0x0064 00100 (/work/wt/i/examples/demo/escapes/global_store.go:52)	CALL	runtime.gcWriteBarrier1(SB)
	0x0069 00105 (/work/wt/i/examples/demo/escapes/global_store.go:52)	MOVQ	example.com/demo/escapes.&c+32(SP), CX
	0x006e 00110 (/work/wt/i/examples/demo/escapes/global_store.go:52)	MOVQ	CX, (R11)
	0x0071 00113 (/work/wt/i/examples/demo/escapes/global_store.go:52)	MOVQ	CX, (AX)
	0x0074 00116 (/work/wt/i/examples/demo/escapes/global_store.go:53)	ADDQ	$40, SP
	0x0078 00120 (/work/wt/i/examples/demo/escapes/global_store.go:53)	POPQ	BP
	0x0079 00121 (/work/wt/i/examples/demo/escapes/global_store.go:53)	RET
	0x007a 00122 (/work/wt/i/examples/demo/escapes/global_store.go:53)	NOP
	0x007a 00122 (/work/wt/i/examples/demo/escapes/global_store.go:49)	MOVQ	AX, 8(SP)
	0x007f 00127 (/work/wt/i/examples/demo/escapes/global_store.go:49)	NOP
	0x0080 00128 (/work/wt/i/examples/demo/escapes/global_store.go:49)	CALL	runtime.morestack_noctxt(SB)
	0x0085 00133 (/work/wt/i/examples/demo/escapes/global_store.go:49)	MOVQ	8(SP), AX
	0x008a 00138 (/work/wt/i/examples/demo/escapes/global_store.go:49)	JMP	0
example.com/demo/escapes.FieldStoreAfter STEXT nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/global_store.go:62)	TEXT	example.com/demo/escapes.FieldStoreAfter(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/global_store.go:63)	IMUL3Q	$100, AX, BX
	0x0004 00004 (/work/wt/i/examples/demo/escapes/global_store.go:66)	RET
example.com/demo/escapes.GoroutineBefore STEXT size=207 align=0x0 args=0x8 locals=0x38 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:20)	TEXT	example.com/demo/escapes.GoroutineBefore(SB), ABIInternal, $56-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:20)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/goroutine.go:20)	JLS	182
	0x000a 00010 (/work/wt/i/examples/demo/escapes/goroutine.go:20)	PUSHQ	BP
	0x000b 00011 (/work/wt/i/examples/demo/escapes/goroutine.go:20)	MOVQ	SP, BP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/goroutine.go:20)	SUBQ	$48, SP
	0x0012 00018 (/work/wt/i/examples/demo/escapes/goroutine.go:30)	MOVQ	AX, example.com/demo/escapes.n+64(SP)
	0x0017 00023 (/work/wt/i/examples/demo/escapes/goroutine.go:21)	LEAQ	type:chan struct {}(SB), AX
	0x001e 00030 (/work/wt/i/examples/demo/escapes/goroutine.go:21)	XORL	BX, BX
	0x0020 00032 (/work/wt/i/examples/demo/escapes/goroutine.go:21)	CALL	runtime.makechan(SB)
	0x0025 00037 (/work/wt/i/examples/demo/escapes/goroutine.go:21)	MOVQ	AX, example.com/demo/escapes.done+32(SP)
	0x002a 00042 (/work/wt/i/examples/demo/escapes/goroutine.go:22)	LEAQ	type:int(SB), AX
	0x0031 00049 (/work/wt/i/examples/demo/escapes/goroutine.go:22)	CALL	runtime.newobject(SB)
	0x0036 00054 (/work/wt/i/examples/demo/escapes/goroutine.go:22)	MOVQ	AX, example.com/demo/escapes.&result+40(SP)
	0x003b 00059 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	MOVL	$32, AX
	0x0040 00064 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	LEAQ	type:noalg.struct { F uintptr; X0 int; X1 *int; X2 chan struct {} }(SB), BX
	0x0047 00071 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	MOVL	$1, CX
	0x004c 00076 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	CALL	runtime.mallocgcSmallScanNoHeaderSC4(SB)
	0x0051 00081 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	LEAQ	example.com/demo/escapes.GoroutineBefore.func1(SB), CX
	0x0058 00088 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	MOVQ	CX, (AX)
	0x005b 00091 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	MOVQ	example.com/demo/escapes.n+64(SP), CX
	0x0060 00096 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	MOVQ	CX, 8(AX)
	0x0064 00100 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	CMPL	runtime.writeBarrier(SB), $0
	0x006b 00107 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	JNE	121
	0x006d 00109 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	MOVQ	example.com/demo/escapes.&result+40(SP), CX
	0x0072 00114 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	MOVQ	example.com/demo/escapes.done+32(SP), DX
	0x0077 00119 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	JMP	143
	0x0079 00121 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	CALL	runtime.gcWriteBarrier2(SB)
	0x007e 00126 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	MOVQ	example.com/demo/escapes.&result+40(SP), CX
	0x0083 00131 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	MOVQ	CX, (R11)
	0x0086 00134 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	MOVQ	example.com/demo/escapes.done+32(SP), DX
	0x008b 00139 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	MOVQ	DX, 8(R11)
	0x008f 00143 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	MOVQ	CX, 16(AX)
	0x0093 00147 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	MOVQ	DX, 24(AX)
	0x0097 00151 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	CALL	runtime.newproc(SB)
	0x009c 00156 (/work/wt/i/examples/demo/escapes/goroutine.go:29)	MOVQ	example.com/demo/escapes.done+32(SP), AX
	0x00a1 00161 (/work/wt/i/examples/demo/escapes/goroutine.go:29)	XORL	BX, BX
	0x00a3 00163 (/work/wt/i/examples/demo/escapes/goroutine.go:29)	CALL	runtime.chanrecv1(SB)
	0x00a8 00168 (/work/wt/i/examples/demo/escapes/goroutine.go:30)	MOVQ	example.com/demo/escapes.&result+40(SP), CX
	0x00ad 00173 (/work/wt/i/examples/demo/escapes/goroutine.go:30)	MOVQ	(CX), AX
	0x00b0 00176 (/work/wt/i/examples/demo/escapes/goroutine.go:30)	ADDQ	$48, SP
	0x00b4 00180 (/work/wt/i/examples/demo/escapes/goroutine.go:30)	POPQ	BP
	0x00b5 00181 (/work/wt/i/examples/demo/escapes/goroutine.go:30)	RET
	0x00b6 00182 (/work/wt/i/examples/demo/escapes/goroutine.go:30)	NOP
	0x00b6 00182 (/work/wt/i/examples/demo/escapes/goroutine.go:20)	MOVQ	AX, 8(SP)
	0x00bb 00187 (/work/wt/i/examples/demo/escapes/goroutine.go:20)	NOP
	0x00c0 00192 (/work/wt/i/examples/demo/escapes/goroutine.go:20)	CALL	runtime.morestack_noctxt(SB)
	0x00c5 00197 (/work/wt/i/examples/demo/escapes/goroutine.go:20)	MOVQ	8(SP), AX
	0x00ca 00202 (/work/wt/i/examples/demo/escapes/goroutine.go:20)	JMP	0
example.com/demo/escapes.GoroutineBefore.func1 STEXT size=59 align=0x0 args=0x0 locals=0x10 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	TEXT	example.com/demo/escapes.GoroutineBefore.func1(SB), NEEDCTXT|ABIInternal, $16-0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	JLS	52
	0x0006 00006 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	SUBQ	$8, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	MOVQ	16(DX), CX
	0x0012 00018 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	MOVQ	24(DX), AX
	0x0016 00022 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	MOVQ	8(DX), DX
	0x001a 00026 (/work/wt/i/examples/demo/escapes/goroutine.go:24)	XORL	BX, BX
	0x001c 00028 (/work/wt/i/examples/demo/escapes/goroutine.go:24)	JMP	36
	0x001e 00030 (/work/wt/i/examples/demo/escapes/goroutine.go:25)	ADDQ	BX, (CX)
	0x0021 00033 (/work/wt/i/examples/demo/escapes/goroutine.go:24)	INCQ	BX
	0x0024 00036 (/work/wt/i/examples/demo/escapes/goroutine.go:24)	CMPQ	BX, DX
	0x0027 00039 (/work/wt/i/examples/demo/escapes/goroutine.go:24)	JLT	30
	0x0029 00041 (/work/wt/i/examples/demo/escapes/goroutine.go:27)	CALL	runtime.closechan(SB)
	0x002e 00046 (/work/wt/i/examples/demo/escapes/goroutine.go:28)	ADDQ	$8, SP
	0x0032 00050 (/work/wt/i/examples/demo/escapes/goroutine.go:28)	POPQ	BP
	0x0033 00051 (/work/wt/i/examples/demo/escapes/goroutine.go:28)	RET
	0x0034 00052 (/work/wt/i/examples/demo/escapes/goroutine.go:28)	NOP
	0x0034 00052 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	CALL	runtime.morestack(SB)
	0x0039 00057 (/work/wt/i/examples/demo/escapes/goroutine.go:23)	JMP	0
example.com/demo/escapes.GoroutineArgs STEXT size=174 align=0x0 args=0x10 locals=0x30 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:35)	TEXT	example.com/demo/escapes.GoroutineArgs(SB), ABIInternal, $48-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:35)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/goroutine.go:35)	JLS	144
	0x000a 00010 (/work/wt/i/examples/demo/escapes/goroutine.go:35)	PUSHQ	BP
	0x000b 00011 (/work/wt/i/examples/demo/escapes/goroutine.go:35)	MOVQ	SP, BP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/goroutine.go:35)	SUBQ	$40, SP
	0x0012 00018 (/work/wt/i/examples/demo/escapes/goroutine.go:37)	MOVQ	AX, example.com/demo/escapes.n+56(SP)
	0x0017 00023 (/work/wt/i/examples/demo/escapes/goroutine.go:37)	MOVQ	BX, example.com/demo/escapes.out+64(SP)
	0x001c 00028 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	MOVL	$24, AX
	0x0021 00033 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	LEAQ	type:noalg.struct { F uintptr; X0 int; X1 chan int }(SB), BX
	0x0028 00040 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	MOVL	$1, CX
	0x002d 00045 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
	0x0032 00050 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	LEAQ	example.com/demo/escapes.GoroutineArgs.gowrap1(SB), DX
	0x0039 00057 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	MOVQ	DX, (AX)
	0x003c 00060 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	MOVQ	example.com/demo/escapes.n+56(SP), DX
	0x0041 00065 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	MOVQ	DX, 8(AX)
	0x0045 00069 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	CMPL	runtime.writeBarrier(SB), $0
	0x004c 00076 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	JNE	85
	0x004e 00078 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	MOVQ	example.com/demo/escapes.out+64(SP), CX
	0x0053 00083 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	JMP	98
	0x0055 00085 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	CALL	runtime.gcWriteBarrier1(SB)
	0x005a 00090 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	MOVQ	example.com/demo/escapes.out+64(SP), CX
	0x005f 00095 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	MOVQ	CX, (R11)
	0x0062 00098 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	MOVQ	CX, 16(AX)
	0x0066 00102 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	CALL	runtime.newproc(SB)
	0x006b 00107 (/work/wt/i/examples/demo/escapes/goroutine.go:37)	MOVQ	$0, example.com/demo/escapes..autotmp_5+32(SP)
	0x0074 00116 (/work/wt/i/examples/demo/escapes/goroutine.go:37)	MOVQ	example.com/demo/escapes.out+64(SP), AX
	0x0079 00121 (/work/wt/i/examples/demo/escapes/goroutine.go:37)	LEAQ	example.com/demo/escapes..autotmp_5+32(SP), BX
	0x007e 00126 (/work/wt/i/examples/demo/escapes/goroutine.go:37)	NOP
	0x0080 00128 (/work/wt/i/examples/demo/escapes/goroutine.go:37)	CALL	runtime.chanrecv1(SB)
	0x0085 00133 (/work/wt/i/examples/demo/escapes/goroutine.go:37)	MOVQ	example.com/demo/escapes..autotmp_5+32(SP), AX
	0x008a 00138 (/work/wt/i/examples/demo/escapes/goroutine.go:37)	ADDQ	$40, SP
	0x008e 00142 (/work/wt/i/examples/demo/escapes/goroutine.go:37)	POPQ	BP
	0x008f 00143 (/work/wt/i/examples/demo/escapes/goroutine.go:37)	RET
	0x0090 00144 (/work/wt/i/examples/demo/escapes/goroutine.go:37)	NOP
	0x0090 00144 (/work/wt/i/examples/demo/escapes/goroutine.go:35)	MOVQ	AX, 8(SP)
	0x0095 00149 (/work/wt/i/examples/demo/escapes/goroutine.go:35)	MOVQ	BX, 16(SP)
	0x009a 00154 (/work/wt/i/examples/demo/escapes/goroutine.go:35)	CALL	runtime.morestack_noctxt(SB)
	0x009f 00159 (/work/wt/i/examples/demo/escapes/goroutine.go:35)	MOVQ	8(SP), AX
	0x00a4 00164 (/work/wt/i/examples/demo/escapes/goroutine.go:35)	MOVQ	16(SP), BX
	0x00a9 00169 (/work/wt/i/examples/demo/escapes/goroutine.go:35)	JMP	0
example.com/demo/escapes.GoroutineArgs.gowrap1 STEXT size=72 align=0x0 args=0x0 locals=0x20 funcid=0x17
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	TEXT	example.com/demo/escapes.GoroutineArgs.gowrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	JLS	65
	0x0006 00006 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	SUBQ	$24, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	MOVQ	8(DX), CX
	0x0012 00018 (<unknown line number>)	NOP
	0x0012 00018 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	XORL	SI, SI
	0x0014 00020 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	XORL	AX, AX
	0x0016 00022 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	JMP	32
	0x0018 00024 (/work/wt/i/examples/demo/escapes/goroutine.go:43)	ADDQ	SI, AX
	0x001b 00027 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	INCQ	SI
	0x001e 00030 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	NOP
	0x0020 00032 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	CMPQ	SI, CX
	0x0023 00035 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	JLT	24
	0x0025 00037 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	MOVQ	16(DX), CX
	0x0029 00041 (/work/wt/i/examples/demo/escapes/goroutine.go:45)	MOVQ	AX, example.com/demo/escapes..autotmp_4+16(SP)
	0x002e 00046 (/work/wt/i/examples/demo/escapes/goroutine.go:45)	MOVQ	CX, AX
	0x0031 00049 (/work/wt/i/examples/demo/escapes/goroutine.go:45)	LEAQ	example.com/demo/escapes..autotmp_4+16(SP), BX
	0x0036 00054 (/work/wt/i/examples/demo/escapes/goroutine.go:45)	CALL	runtime.chansend1(SB)
	0x003b 00059 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	ADDQ	$24, SP
	0x003f 00063 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	POPQ	BP
	0x0040 00064 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	RET
	0x0041 00065 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	NOP
	0x0041 00065 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	CALL	runtime.morestack(SB)
	0x0046 00070 (/work/wt/i/examples/demo/escapes/goroutine.go:36)	JMP	0
example.com/demo/escapes.sumTo STEXT size=82 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:40)	TEXT	example.com/demo/escapes.sumTo(SB), ABIInternal, $32-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:40)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/goroutine.go:40)	JLS	55
	0x0006 00006 (/work/wt/i/examples/demo/escapes/goroutine.go:40)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/goroutine.go:40)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/goroutine.go:40)	SUBQ	$24, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	XORL	CX, CX
	0x0010 00016 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	XORL	DX, DX
	0x0012 00018 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	JMP	26
	0x0014 00020 (/work/wt/i/examples/demo/escapes/goroutine.go:43)	ADDQ	CX, DX
	0x0017 00023 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	INCQ	CX
	0x001a 00026 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	CMPQ	AX, CX
	0x001d 00029 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	JGT	20
	0x001f 00031 (/work/wt/i/examples/demo/escapes/goroutine.go:45)	MOVQ	DX, example.com/demo/escapes..autotmp_4+16(SP)
	0x0024 00036 (/work/wt/i/examples/demo/escapes/goroutine.go:45)	MOVQ	BX, AX
	0x0027 00039 (/work/wt/i/examples/demo/escapes/goroutine.go:45)	LEAQ	example.com/demo/escapes..autotmp_4+16(SP), BX
	0x002c 00044 (/work/wt/i/examples/demo/escapes/goroutine.go:45)	CALL	runtime.chansend1(SB)
	0x0031 00049 (/work/wt/i/examples/demo/escapes/goroutine.go:46)	ADDQ	$24, SP
	0x0035 00053 (/work/wt/i/examples/demo/escapes/goroutine.go:46)	POPQ	BP
	0x0036 00054 (/work/wt/i/examples/demo/escapes/goroutine.go:46)	RET
	0x0037 00055 (/work/wt/i/examples/demo/escapes/goroutine.go:46)	NOP
	0x0037 00055 (/work/wt/i/examples/demo/escapes/goroutine.go:40)	MOVQ	AX, 8(SP)
	0x003c 00060 (/work/wt/i/examples/demo/escapes/goroutine.go:40)	MOVQ	BX, 16(SP)
	0x0041 00065 (/work/wt/i/examples/demo/escapes/goroutine.go:40)	CALL	runtime.morestack_noctxt(SB)
	0x0046 00070 (/work/wt/i/examples/demo/escapes/goroutine.go:40)	MOVQ	8(SP), AX
	0x004b 00075 (/work/wt/i/examples/demo/escapes/goroutine.go:40)	MOVQ	16(SP), BX
	0x0050 00080 (/work/wt/i/examples/demo/escapes/goroutine.go:40)	JMP	0
example.com/demo/escapes.NewSummer STEXT size=235 align=0x0 args=0x0 locals=0x40 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:56)	TEXT	example.com/demo/escapes.NewSummer(SB), ABIInternal, $64-0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:56)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/goroutine.go:56)	JLS	225
	0x000a 00010 (/work/wt/i/examples/demo/escapes/goroutine.go:56)	PUSHQ	BP
	0x000b 00011 (/work/wt/i/examples/demo/escapes/goroutine.go:56)	MOVQ	SP, BP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/goroutine.go:56)	SUBQ	$56, SP
	0x0012 00018 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	LEAQ	type:chan int(SB), AX
	0x0019 00025 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	XORL	BX, BX
	0x001b 00027 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	NOP
	0x0020 00032 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	CALL	runtime.makechan(SB)
	0x0025 00037 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	MOVQ	AX, example.com/demo/escapes..autotmp_7+48(SP)
	0x002a 00042 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	LEAQ	type:chan int(SB), AX
	0x0031 00049 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	XORL	BX, BX
	0x0033 00051 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	CALL	runtime.makechan(SB)
	0x0038 00056 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	MOVQ	AX, example.com/demo/escapes..autotmp_8+40(SP)
	0x003d 00061 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	MOVL	$16, AX
	0x0042 00066 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	LEAQ	type:example.com/demo/escapes.Summer(SB), BX
	0x0049 00073 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	MOVL	$1, CX
	0x004e 00078 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x0053 00083 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	CMPL	runtime.writeBarrier(SB), $0
	0x005a 00090 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	JNE	104
	0x005c 00092 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	MOVQ	example.com/demo/escapes..autotmp_7+48(SP), DX
	0x0061 00097 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	MOVQ	example.com/demo/escapes..autotmp_8+40(SP), SI
	0x0066 00102 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	JMP	126
	0x0068 00104 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	CALL	runtime.gcWriteBarrier2(SB)
	0x006d 00109 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	MOVQ	example.com/demo/escapes..autotmp_7+48(SP), DX
	0x0072 00114 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	MOVQ	DX, (R11)
	0x0075 00117 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	MOVQ	example.com/demo/escapes..autotmp_8+40(SP), SI
	0x007a 00122 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	MOVQ	SI, 8(R11)
	0x007e 00126 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	MOVQ	AX, example.com/demo/escapes.s+32(SP)
	0x0083 00131 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	MOVQ	DX, (AX)
	0x0086 00134 (/work/wt/i/examples/demo/escapes/goroutine.go:57)	MOVQ	SI, 8(AX)
	0x008a 00138 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	MOVL	$16, AX
	0x008f 00143 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	LEAQ	type:noalg.struct { F uintptr; X0 *example.com/demo/escapes.Summer }(SB), BX
	0x0096 00150 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	MOVL	$1, CX
	0x009b 00155 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	NOP
	0x00a0 00160 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x00a5 00165 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	LEAQ	example.com/demo/escapes.NewSummer.gowrap1(SB), DX
	0x00ac 00172 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	MOVQ	DX, (AX)
	0x00af 00175 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	CMPL	runtime.writeBarrier(SB), $0
	0x00b6 00182 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	JNE	192
	0x00b8 00184 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	MOVQ	example.com/demo/escapes.s+32(SP), CX
	0x00bd 00189 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	JMP	205
	0x00bf 00191 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	NOP
	0x00c0 00192 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	CALL	runtime.gcWriteBarrier1(SB)
	0x00c5 00197 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	MOVQ	example.com/demo/escapes.s+32(SP), CX
	0x00ca 00202 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	MOVQ	CX, (R11)
	0x00cd 00205 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	MOVQ	CX, 8(AX)
	0x00d1 00209 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	CALL	runtime.newproc(SB)
	0x00d6 00214 (/work/wt/i/examples/demo/escapes/goroutine.go:59)	MOVQ	example.com/demo/escapes.s+32(SP), AX
	0x00db 00219 (/work/wt/i/examples/demo/escapes/goroutine.go:59)	ADDQ	$56, SP
	0x00df 00223 (/work/wt/i/examples/demo/escapes/goroutine.go:59)	POPQ	BP
	0x00e0 00224 (/work/wt/i/examples/demo/escapes/goroutine.go:59)	RET
	0x00e1 00225 (/work/wt/i/examples/demo/escapes/goroutine.go:59)	NOP
	0x00e1 00225 (/work/wt/i/examples/demo/escapes/goroutine.go:56)	CALL	runtime.morestack_noctxt(SB)
	0x00e6 00230 (/work/wt/i/examples/demo/escapes/goroutine.go:56)	JMP	0
example.com/demo/escapes.NewSummer.gowrap1 STEXT size=124 align=0x0 args=0x0 locals=0x38 funcid=0x17
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	TEXT	example.com/demo/escapes.NewSummer.gowrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $56-0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	JLS	117
	0x0006 00006 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	SUBQ	$48, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	MOVQ	8(DX), CX
	0x0012 00018 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	MOVQ	CX, example.com/demo/escapes..autotmp_2+32(SP)
	0x0017 00023 (<unknown line number>)	NOP
	0x0017 00023 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	MOVQ	(CX), AX
	0x001a 00026 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	MOVQ	AX, example.com/demo/escapes..autotmp_11+40(SP)
	0x001f 00031 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	NOP
	0x0020 00032 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	JMP	63
	0x0022 00034 (/work/wt/i/examples/demo/escapes/goroutine.go:64)	MOVQ	example.com/demo/escapes..autotmp_2+32(SP), CX
	0x0027 00039 (/work/wt/i/examples/demo/escapes/goroutine.go:64)	MOVQ	8(CX), AX
	0x002b 00043 (/work/wt/i/examples/demo/escapes/goroutine.go:45)	MOVQ	SI, example.com/demo/escapes..autotmp_7+24(SP)
	0x0030 00048 (/work/wt/i/examples/demo/escapes/goroutine.go:45)	LEAQ	example.com/demo/escapes..autotmp_7+24(SP), BX
	0x0035 00053 (/work/wt/i/examples/demo/escapes/goroutine.go:45)	CALL	runtime.chansend1(SB)
	0x003a 00058 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	MOVQ	example.com/demo/escapes..autotmp_11+40(SP), AX
	0x003f 00063 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	LEAQ	example.com/demo/escapes..autotmp_8+16(SP), BX
	0x0044 00068 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	CALL	runtime.chanrecv2(SB)
	0x0049 00073 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	TESTB	AL, AL
	0x004b 00075 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	JEQ	111
	0x004d 00077 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	MOVQ	example.com/demo/escapes..autotmp_8+16(SP), CX
	0x0052 00082 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	MOVQ	$0, example.com/demo/escapes..autotmp_8+16(SP)
	0x005b 00091 (<unknown line number>)	NOP
	0x005b 00091 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	XORL	DX, DX
	0x005d 00093 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	XORL	SI, SI
	0x005f 00095 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	NOP
	0x0060 00096 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	JMP	104
	0x0062 00098 (/work/wt/i/examples/demo/escapes/goroutine.go:43)	ADDQ	DX, SI
	0x0065 00101 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	INCQ	DX
	0x0068 00104 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	CMPQ	DX, CX
	0x006b 00107 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	JLT	98
	0x006d 00109 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	JMP	34
	0x006f 00111 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	ADDQ	$48, SP
	0x0073 00115 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	POPQ	BP
	0x0074 00116 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	RET
	0x0075 00117 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	NOP
	0x0075 00117 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	CALL	runtime.morestack(SB)
	0x007a 00122 (/work/wt/i/examples/demo/escapes/goroutine.go:58)	JMP	0
example.com/demo/escapes.(*Summer).loop STEXT size=134 align=0x0 args=0x8 locals=0x30 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:62)	TEXT	example.com/demo/escapes.(*Summer).loop(SB), ABIInternal, $48-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:62)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/goroutine.go:62)	JLS	114
	0x0006 00006 (/work/wt/i/examples/demo/escapes/goroutine.go:62)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/goroutine.go:62)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/goroutine.go:62)	SUBQ	$40, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	MOVQ	AX, example.com/demo/escapes.s+56(SP)
	0x0013 00019 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	MOVQ	(AX), CX
	0x0016 00022 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	MOVQ	CX, example.com/demo/escapes..autotmp_10+32(SP)
	0x001b 00027 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	JMP	58
	0x001d 00029 (/work/wt/i/examples/demo/escapes/goroutine.go:64)	MOVQ	example.com/demo/escapes.s+56(SP), CX
	0x0022 00034 (/work/wt/i/examples/demo/escapes/goroutine.go:64)	MOVQ	8(CX), AX
	0x0026 00038 (/work/wt/i/examples/demo/escapes/goroutine.go:45)	MOVQ	DX, example.com/demo/escapes..autotmp_7+24(SP)
	0x002b 00043 (/work/wt/i/examples/demo/escapes/goroutine.go:45)	LEAQ	example.com/demo/escapes..autotmp_7+24(SP), BX
	0x0030 00048 (/work/wt/i/examples/demo/escapes/goroutine.go:45)	CALL	runtime.chansend1(SB)
	0x0035 00053 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	MOVQ	example.com/demo/escapes..autotmp_10+32(SP), CX
	0x003a 00058 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	MOVQ	CX, AX
	0x003d 00061 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	LEAQ	example.com/demo/escapes..autotmp_8+16(SP), BX
	0x0042 00066 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	CALL	runtime.chanrecv2(SB)
	0x0047 00071 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	TESTB	AL, AL
	0x0049 00073 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	JEQ	108
	0x004b 00075 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	MOVQ	example.com/demo/escapes..autotmp_8+16(SP), CX
	0x0050 00080 (/work/wt/i/examples/demo/escapes/goroutine.go:63)	MOVQ	$0, example.com/demo/escapes..autotmp_8+16(SP)
	0x0059 00089 (<unknown line number>)	NOP
	0x0059 00089 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	XORL	DX, DX
	0x005b 00091 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	XORL	SI, SI
	0x005d 00093 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	JMP	101
	0x005f 00095 (/work/wt/i/examples/demo/escapes/goroutine.go:43)	ADDQ	SI, DX
	0x0062 00098 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	INCQ	SI
	0x0065 00101 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	CMPQ	SI, CX
	0x0068 00104 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	JLT	95
	0x006a 00106 (/work/wt/i/examples/demo/escapes/goroutine.go:42)	JMP	29
	0x006c 00108 (/work/wt/i/examples/demo/escapes/goroutine.go:66)	ADDQ	$40, SP
	0x0070 00112 (/work/wt/i/examples/demo/escapes/goroutine.go:66)	POPQ	BP
	0x0071 00113 (/work/wt/i/examples/demo/escapes/goroutine.go:66)	RET
	0x0072 00114 (/work/wt/i/examples/demo/escapes/goroutine.go:66)	NOP
	0x0072 00114 (/work/wt/i/examples/demo/escapes/goroutine.go:62)	MOVQ	AX, 8(SP)
	0x0077 00119 (/work/wt/i/examples/demo/escapes/goroutine.go:62)	CALL	runtime.morestack_noctxt(SB)
	0x007c 00124 (/work/wt/i/examples/demo/escapes/goroutine.go:62)	MOVQ	8(SP), AX
	0x0081 00129 (/work/wt/i/examples/demo/escapes/goroutine.go:62)	JMP	0
example.com/demo/escapes.(*Summer).Close STEXT size=45 align=0x0 args=0x8 locals=0x10 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:69)	TEXT	example.com/demo/escapes.(*Summer).Close(SB), ABIInternal, $16-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:69)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/goroutine.go:69)	JLS	28
	0x0006 00006 (/work/wt/i/examples/demo/escapes/goroutine.go:69)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/goroutine.go:69)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/goroutine.go:69)	SUBQ	$8, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/goroutine.go:70)	MOVQ	(AX), AX
	0x0011 00017 (/work/wt/i/examples/demo/escapes/goroutine.go:70)	CALL	runtime.closechan(SB)
	0x0016 00022 (/work/wt/i/examples/demo/escapes/goroutine.go:71)	ADDQ	$8, SP
	0x001a 00026 (/work/wt/i/examples/demo/escapes/goroutine.go:71)	POPQ	BP
	0x001b 00027 (/work/wt/i/examples/demo/escapes/goroutine.go:71)	RET
	0x001c 00028 (/work/wt/i/examples/demo/escapes/goroutine.go:71)	NOP
	0x001c 00028 (/work/wt/i/examples/demo/escapes/goroutine.go:69)	MOVQ	AX, 8(SP)
	0x0021 00033 (/work/wt/i/examples/demo/escapes/goroutine.go:69)	CALL	runtime.morestack_noctxt(SB)
	0x0026 00038 (/work/wt/i/examples/demo/escapes/goroutine.go:69)	MOVQ	8(SP), AX
	0x002b 00043 (/work/wt/i/examples/demo/escapes/goroutine.go:69)	JMP	0
example.com/demo/escapes.GoroutineAfter STEXT size=107 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:74)	TEXT	example.com/demo/escapes.GoroutineAfter(SB), ABIInternal, $32-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/goroutine.go:74)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/goroutine.go:74)	JLS	80
	0x0006 00006 (/work/wt/i/examples/demo/escapes/goroutine.go:74)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/goroutine.go:74)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/goroutine.go:74)	SUBQ	$24, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/goroutine.go:76)	MOVQ	AX, example.com/demo/escapes.s+40(SP)
	0x0013 00019 (/work/wt/i/examples/demo/escapes/goroutine.go:74)	MOVQ	BX, example.com/demo/escapes.n+48(SP)
	0x0018 00024 (/work/wt/i/examples/demo/escapes/goroutine.go:75)	MOVQ	(AX), AX
	0x001b 00027 (/work/wt/i/examples/demo/escapes/goroutine.go:75)	LEAQ	example.com/demo/escapes.n+48(SP), BX
	0x0020 00032 (/work/wt/i/examples/demo/escapes/goroutine.go:75)	CALL	runtime.chansend1(SB)
	0x0025 00037 (/work/wt/i/examples/demo/escapes/goroutine.go:76)	MOVQ	$0, example.com/demo/escapes..autotmp_3+16(SP)
	0x002e 00046 (/work/wt/i/examples/demo/escapes/goroutine.go:76)	MOVQ	example.com/demo/escapes.s+40(SP), CX
	0x0033 00051 (/work/wt/i/examples/demo/escapes/goroutine.go:76)	MOVQ	8(CX), AX
	0x0037 00055 (/work/wt/i/examples/demo/escapes/goroutine.go:76)	LEAQ	example.com/demo/escapes..autotmp_3+16(SP), BX
	0x003c 00060 (/work/wt/i/examples/demo/escapes/goroutine.go:76)	NOP
	0x0040 00064 (/work/wt/i/examples/demo/escapes/goroutine.go:76)	CALL	runtime.chanrecv1(SB)
	0x0045 00069 (/work/wt/i/examples/demo/escapes/goroutine.go:76)	MOVQ	example.com/demo/escapes..autotmp_3+16(SP), AX
	0x004a 00074 (/work/wt/i/examples/demo/escapes/goroutine.go:76)	ADDQ	$24, SP
	0x004e 00078 (/work/wt/i/examples/demo/escapes/goroutine.go:76)	POPQ	BP
	0x004f 00079 (/work/wt/i/examples/demo/escapes/goroutine.go:76)	RET
	0x0050 00080 (/work/wt/i/examples/demo/escapes/goroutine.go:76)	NOP
	0x0050 00080 (/work/wt/i/examples/demo/escapes/goroutine.go:74)	MOVQ	AX, 8(SP)
	0x0055 00085 (/work/wt/i/examples/demo/escapes/goroutine.go:74)	MOVQ	BX, 16(SP)
	0x005a 00090 (/work/wt/i/examples/demo/escapes/goroutine.go:74)	CALL	runtime.morestack_noctxt(SB)
	0x005f 00095 (/work/wt/i/examples/demo/escapes/goroutine.go:74)	MOVQ	8(SP), AX
	0x0064 00100 (/work/wt/i/examples/demo/escapes/goroutine.go:74)	MOVQ	16(SP), BX
	0x0069 00105 (/work/wt/i/examples/demo/escapes/goroutine.go:74)	JMP	0
example.com/demo/escapes.InterfaceBefore STEXT size=94 align=0x0 args=0x8 locals=0x30 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/interface.go:21)	TEXT	example.com/demo/escapes.InterfaceBefore(SB), ABIInternal, $48-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/interface.go:21)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/interface.go:21)	JLS	77
	0x0006 00006 (/work/wt/i/examples/demo/escapes/interface.go:21)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/interface.go:21)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/interface.go:21)	SUBQ	$40, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/interface.go:22)	MOVUPS	X15, example.com/demo/escapes..autotmp_2+24(SP)
	0x0014 00020 (/work/wt/i/examples/demo/escapes/interface.go:22)	IMUL3Q	$1000, AX, AX
	0x001b 00027 (/work/wt/i/examples/demo/escapes/interface.go:22)	NOP
	0x0020 00032 (/work/wt/i/examples/demo/escapes/interface.go:22)	CALL	runtime.convT64(SB)
	0x0025 00037 (/work/wt/i/examples/demo/escapes/interface.go:22)	LEAQ	type:int(SB), CX
	0x002c 00044 (/work/wt/i/examples/demo/escapes/interface.go:22)	MOVQ	CX, example.com/demo/escapes..autotmp_2+24(SP)
	0x0031 00049 (/work/wt/i/examples/demo/escapes/interface.go:22)	MOVQ	AX, example.com/demo/escapes..autotmp_2+32(SP)
	0x0036 00054 (/work/wt/i/examples/demo/escapes/interface.go:22)	LEAQ	example.com/demo/escapes..autotmp_2+24(SP), AX
	0x003b 00059 (/work/wt/i/examples/demo/escapes/interface.go:22)	MOVL	$1, BX
	0x0040 00064 (/work/wt/i/examples/demo/escapes/interface.go:22)	MOVL	BX, CX
	0x0042 00066 (/work/wt/i/examples/demo/escapes/interface.go:22)	CALL	fmt.Sprint(SB)
	0x0047 00071 (/work/wt/i/examples/demo/escapes/interface.go:22)	ADDQ	$40, SP
	0x004b 00075 (/work/wt/i/examples/demo/escapes/interface.go:22)	POPQ	BP
	0x004c 00076 (/work/wt/i/examples/demo/escapes/interface.go:22)	RET
	0x004d 00077 (/work/wt/i/examples/demo/escapes/interface.go:22)	NOP
	0x004d 00077 (/work/wt/i/examples/demo/escapes/interface.go:21)	MOVQ	AX, 8(SP)
	0x0052 00082 (/work/wt/i/examples/demo/escapes/interface.go:21)	CALL	runtime.morestack_noctxt(SB)
	0x0057 00087 (/work/wt/i/examples/demo/escapes/interface.go:21)	MOVQ	8(SP), AX
	0x005c 00092 (/work/wt/i/examples/demo/escapes/interface.go:21)	JMP	0
example.com/demo/escapes.InterfaceAfter STEXT size=60 align=0x0 args=0x8 locals=0x18 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/interface.go:26)	TEXT	example.com/demo/escapes.InterfaceAfter(SB), ABIInternal, $24-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/interface.go:26)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/interface.go:26)	JLS	43
	0x0006 00006 (/work/wt/i/examples/demo/escapes/interface.go:26)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/interface.go:26)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/interface.go:26)	SUBQ	$16, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/interface.go:27)	IMUL3Q	$1000, AX, AX
	0x0015 00021 (<unknown line number>)	NOP
	0x0015 00021 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/strconv/number.go:215)	XCHGL	AX, AX
	0x0016 00022 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/strconv/itoa.go:53)	MOVL	$10, BX
	0x001b 00027 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/strconv/itoa.go:53)	NOP
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/strconv/itoa.go:53)	CALL	internal/strconv.FormatInt(SB)
	0x0025 00037 (/work/wt/i/examples/demo/escapes/interface.go:27)	ADDQ	$16, SP
	0x0029 00041 (/work/wt/i/examples/demo/escapes/interface.go:27)	POPQ	BP
	0x002a 00042 (/work/wt/i/examples/demo/escapes/interface.go:27)	RET
	0x002b 00043 (/work/wt/i/examples/demo/escapes/interface.go:27)	NOP
	0x002b 00043 (/work/wt/i/examples/demo/escapes/interface.go:26)	MOVQ	AX, 8(SP)
	0x0030 00048 (/work/wt/i/examples/demo/escapes/interface.go:26)	CALL	runtime.morestack_noctxt(SB)
	0x0035 00053 (/work/wt/i/examples/demo/escapes/interface.go:26)	MOVQ	8(SP), AX
	0x003a 00058 (/work/wt/i/examples/demo/escapes/interface.go:26)	JMP	0
example.com/demo/escapes.InterfaceStoreBefore STEXT size=59 align=0x0 args=0x8 locals=0x10 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/interface.go:36)	TEXT	example.com/demo/escapes.InterfaceStoreBefore(SB), ABIInternal, $16-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/interface.go:36)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/interface.go:36)	JLS	42
	0x0006 00006 (/work/wt/i/examples/demo/escapes/interface.go:36)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/interface.go:36)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/interface.go:36)	SUBQ	$8, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/interface.go:37)	IMUL3Q	$1000, AX, AX
	0x0015 00021 (/work/wt/i/examples/demo/escapes/interface.go:37)	CALL	runtime.convT64(SB)
	0x001a 00026 (/work/wt/i/examples/demo/escapes/interface.go:37)	MOVQ	AX, BX
	0x001d 00029 (/work/wt/i/examples/demo/escapes/interface.go:37)	LEAQ	type:int(SB), AX
	0x0024 00036 (/work/wt/i/examples/demo/escapes/interface.go:37)	ADDQ	$8, SP
	0x0028 00040 (/work/wt/i/examples/demo/escapes/interface.go:37)	POPQ	BP
	0x0029 00041 (/work/wt/i/examples/demo/escapes/interface.go:37)	RET
	0x002a 00042 (/work/wt/i/examples/demo/escapes/interface.go:37)	NOP
	0x002a 00042 (/work/wt/i/examples/demo/escapes/interface.go:36)	MOVQ	AX, 8(SP)
	0x002f 00047 (/work/wt/i/examples/demo/escapes/interface.go:36)	CALL	runtime.morestack_noctxt(SB)
	0x0034 00052 (/work/wt/i/examples/demo/escapes/interface.go:36)	MOVQ	8(SP), AX
	0x0039 00057 (/work/wt/i/examples/demo/escapes/interface.go:36)	JMP	0
example.com/demo/escapes.InterfaceStoreAfter STEXT nosplit size=8 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/interface.go:46)	TEXT	example.com/demo/escapes.InterfaceStoreAfter(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/interface.go:47)	IMUL3Q	$1000, AX, AX
	0x0007 00007 (/work/wt/i/examples/demo/escapes/interface.go:47)	RET
example.com/demo/escapes.SmallConstantToInterface STEXT size=102 align=0x0 args=0x10 locals=0x40 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/interface.go:54)	TEXT	example.com/demo/escapes.SmallConstantToInterface(SB), ABIInternal, $64-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/interface.go:54)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/interface.go:54)	JLS	75
	0x0006 00006 (/work/wt/i/examples/demo/escapes/interface.go:54)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/interface.go:54)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/interface.go:54)	SUBQ	$56, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/interface.go:54)	MOVQ	AX, example.com/demo/escapes.w+72(FP)
	0x0013 00019 (/work/wt/i/examples/demo/escapes/interface.go:54)	MOVQ	BX, example.com/demo/escapes.w+80(FP)
	0x0018 00024 (/work/wt/i/examples/demo/escapes/interface.go:55)	LEAQ	type:int(SB), DX
	0x001f 00031 (/work/wt/i/examples/demo/escapes/interface.go:55)	MOVQ	DX, example.com/demo/escapes..autotmp_1+40(SP)
	0x0024 00036 (/work/wt/i/examples/demo/escapes/interface.go:55)	LEAQ	example.com/demo/escapes..stmp_0(SB), DX
	0x002b 00043 (/work/wt/i/examples/demo/escapes/interface.go:55)	MOVQ	DX, example.com/demo/escapes..autotmp_1+48(SP)
	0x0030 00048 (/work/wt/i/examples/demo/escapes/interface.go:55)	LEAQ	example.com/demo/escapes..autotmp_1+40(SP), CX
	0x0035 00053 (/work/wt/i/examples/demo/escapes/interface.go:55)	MOVL	$1, DI
	0x003a 00058 (/work/wt/i/examples/demo/escapes/interface.go:55)	MOVL	DI, SI
	0x003c 00060 (/work/wt/i/examples/demo/escapes/interface.go:55)	NOP
	0x0040 00064 (/work/wt/i/examples/demo/escapes/interface.go:55)	CALL	fmt.Fprintln(SB)
	0x0045 00069 (/work/wt/i/examples/demo/escapes/interface.go:56)	ADDQ	$56, SP
	0x0049 00073 (/work/wt/i/examples/demo/escapes/interface.go:56)	POPQ	BP
	0x004a 00074 (/work/wt/i/examples/demo/escapes/interface.go:56)	RET
	0x004b 00075 (/work/wt/i/examples/demo/escapes/interface.go:56)	NOP
	0x004b 00075 (/work/wt/i/examples/demo/escapes/interface.go:54)	MOVQ	AX, 8(SP)
	0x0050 00080 (/work/wt/i/examples/demo/escapes/interface.go:54)	MOVQ	BX, 16(SP)
	0x0055 00085 (/work/wt/i/examples/demo/escapes/interface.go:54)	CALL	runtime.morestack_noctxt(SB)
	0x005a 00090 (/work/wt/i/examples/demo/escapes/interface.go:54)	MOVQ	8(SP), AX
	0x005f 00095 (/work/wt/i/examples/demo/escapes/interface.go:54)	MOVQ	16(SP), BX
	0x0064 00100 (/work/wt/i/examples/demo/escapes/interface.go:54)	JMP	0
example.com/demo/escapes.LargeArrayBefore STEXT size=117 align=0x0 args=0x8 locals=0x18 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/large_array.go:16)	TEXT	example.com/demo/escapes.LargeArrayBefore(SB), ABIInternal, $24-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/large_array.go:16)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/large_array.go:16)	JLS	101
	0x0006 00006 (/work/wt/i/examples/demo/escapes/large_array.go:16)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/large_array.go:16)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/large_array.go:16)	SUBQ	$16, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/large_array.go:18)	MOVB	AL, example.com/demo/escapes.seed+32(SP)
	0x0012 00018 (/work/wt/i/examples/demo/escapes/large_array.go:17)	LEAQ	type:[1048576]uint8(SB), AX
	0x0019 00025 (/work/wt/i/examples/demo/escapes/large_array.go:17)	CALL	runtime.newobject(SB)
	0x001e 00030 (/work/wt/i/examples/demo/escapes/large_array.go:18)	XORL	CX, CX
	0x0020 00032 (/work/wt/i/examples/demo/escapes/large_array.go:18)	MOVBLZX	example.com/demo/escapes.seed+32(SP), DX
	0x0025 00037 (/work/wt/i/examples/demo/escapes/large_array.go:18)	JMP	48
	0x0027 00039 (/work/wt/i/examples/demo/escapes/large_array.go:19)	LEAL	(DX)(CX*1), BX
	0x002a 00042 (/work/wt/i/examples/demo/escapes/large_array.go:19)	MOVB	BL, (AX)(CX*1)
	0x002d 00045 (/work/wt/i/examples/demo/escapes/large_array.go:18)	INCQ	CX
	0x0030 00048 (/work/wt/i/examples/demo/escapes/large_array.go:18)	CMPQ	CX, $1048576
	0x0037 00055 (/work/wt/i/examples/demo/escapes/large_array.go:18)	JLT	39
	0x0039 00057 (<unknown line number>)	NOP
	0x0039 00057 (/work/wt/i/examples/demo/escapes/make_size.go:47)	XORL	CX, CX
	0x003b 00059 (/work/wt/i/examples/demo/escapes/make_size.go:47)	XORL	DX, DX
	0x003d 00061 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JMP	83
	0x003f 00063 (/work/wt/i/examples/demo/escapes/make_size.go:47)	MOVBLZX	(AX)(DX*1), BX
	0x0043 00067 (/work/wt/i/examples/demo/escapes/make_size.go:48)	MOVQ	CX, SI
	0x0046 00070 (/work/wt/i/examples/demo/escapes/make_size.go:48)	SHLQ	$5, CX
	0x004a 00074 (/work/wt/i/examples/demo/escapes/make_size.go:48)	SUBQ	SI, CX
	0x004d 00077 (/work/wt/i/examples/demo/escapes/make_size.go:48)	ADDQ	BX, CX
	0x0050 00080 (/work/wt/i/examples/demo/escapes/make_size.go:47)	INCQ	DX
	0x0053 00083 (/work/wt/i/examples/demo/escapes/make_size.go:47)	CMPQ	DX, $1048576
	0x005a 00090 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JLT	63
	0x005c 00092 (/work/wt/i/examples/demo/escapes/large_array.go:21)	MOVQ	CX, AX
	0x005f 00095 (/work/wt/i/examples/demo/escapes/large_array.go:21)	ADDQ	$16, SP
	0x0063 00099 (/work/wt/i/examples/demo/escapes/large_array.go:21)	POPQ	BP
	0x0064 00100 (/work/wt/i/examples/demo/escapes/large_array.go:21)	RET
	0x0065 00101 (/work/wt/i/examples/demo/escapes/large_array.go:21)	NOP
	0x0065 00101 (/work/wt/i/examples/demo/escapes/large_array.go:16)	MOVB	AL, 8(SP)
	0x0069 00105 (/work/wt/i/examples/demo/escapes/large_array.go:16)	CALL	runtime.morestack_noctxt(SB)
	0x006e 00110 (/work/wt/i/examples/demo/escapes/large_array.go:16)	MOVBLZX	8(SP), AX
	0x0073 00115 (/work/wt/i/examples/demo/escapes/large_array.go:16)	JMP	0
example.com/demo/escapes.LargeNewBefore STEXT size=108 align=0x0 args=0x8 locals=0x18 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/large_array.go:25)	TEXT	example.com/demo/escapes.LargeNewBefore(SB), ABIInternal, $24-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/large_array.go:25)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/large_array.go:25)	JLS	91
	0x0006 00006 (/work/wt/i/examples/demo/escapes/large_array.go:25)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/large_array.go:25)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/large_array.go:25)	SUBQ	$16, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/large_array.go:27)	MOVQ	AX, example.com/demo/escapes.seed+32(SP)
	0x0013 00019 (/work/wt/i/examples/demo/escapes/large_array.go:26)	LEAQ	type:[100000]int(SB), AX
	0x001a 00026 (/work/wt/i/examples/demo/escapes/large_array.go:26)	CALL	runtime.newobject(SB)
	0x001f 00031 (/work/wt/i/examples/demo/escapes/large_array.go:27)	XORL	CX, CX
	0x0021 00033 (/work/wt/i/examples/demo/escapes/large_array.go:27)	MOVQ	example.com/demo/escapes.seed+32(SP), DX
	0x0026 00038 (/work/wt/i/examples/demo/escapes/large_array.go:27)	JMP	51
	0x0028 00040 (/work/wt/i/examples/demo/escapes/large_array.go:28)	LEAQ	(CX)(DX*1), BX
	0x002c 00044 (/work/wt/i/examples/demo/escapes/large_array.go:28)	MOVQ	BX, (AX)(CX*8)
	0x0030 00048 (/work/wt/i/examples/demo/escapes/large_array.go:27)	INCQ	CX
	0x0033 00051 (/work/wt/i/examples/demo/escapes/large_array.go:27)	CMPQ	CX, $100000
	0x003a 00058 (/work/wt/i/examples/demo/escapes/large_array.go:27)	JLT	40
	0x003c 00060 (/work/wt/i/examples/demo/escapes/large_array.go:31)	XORL	CX, CX
	0x003e 00062 (/work/wt/i/examples/demo/escapes/large_array.go:31)	XORL	DX, DX
	0x0040 00064 (/work/wt/i/examples/demo/escapes/large_array.go:31)	JMP	73
	0x0042 00066 (/work/wt/i/examples/demo/escapes/large_array.go:32)	ADDQ	(AX)(DX*8), CX
	0x0046 00070 (/work/wt/i/examples/demo/escapes/large_array.go:31)	INCQ	DX
	0x0049 00073 (/work/wt/i/examples/demo/escapes/large_array.go:31)	CMPQ	DX, $100000
	0x0050 00080 (/work/wt/i/examples/demo/escapes/large_array.go:31)	JLT	66
	0x0052 00082 (/work/wt/i/examples/demo/escapes/large_array.go:34)	MOVQ	CX, AX
	0x0055 00085 (/work/wt/i/examples/demo/escapes/large_array.go:34)	ADDQ	$16, SP
	0x0059 00089 (/work/wt/i/examples/demo/escapes/large_array.go:34)	POPQ	BP
	0x005a 00090 (/work/wt/i/examples/demo/escapes/large_array.go:34)	RET
	0x005b 00091 (/work/wt/i/examples/demo/escapes/large_array.go:34)	NOP
	0x005b 00091 (/work/wt/i/examples/demo/escapes/large_array.go:25)	MOVQ	AX, 8(SP)
	0x0060 00096 (/work/wt/i/examples/demo/escapes/large_array.go:25)	CALL	runtime.morestack_noctxt(SB)
	0x0065 00101 (/work/wt/i/examples/demo/escapes/large_array.go:25)	MOVQ	8(SP), AX
	0x006a 00106 (/work/wt/i/examples/demo/escapes/large_array.go:25)	JMP	0
example.com/demo/escapes.LargeNewAfter STEXT size=175 align=0x0 args=0x8 locals=0x2008 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/large_array.go:38)	TEXT	example.com/demo/escapes.LargeNewAfter(SB), ABIInternal, $8200-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/large_array.go:38)	MOVQ	SP, R12
	0x0003 00003 (/work/wt/i/examples/demo/escapes/large_array.go:38)	SUBQ	$8072, R12
	0x000a 00010 (/work/wt/i/examples/demo/escapes/large_array.go:38)	JCS	153
	0x0010 00016 (/work/wt/i/examples/demo/escapes/large_array.go:38)	CMPQ	R12, 16(R14)
	0x0014 00020 (/work/wt/i/examples/demo/escapes/large_array.go:38)	JLS	153
	0x001a 00026 (/work/wt/i/examples/demo/escapes/large_array.go:38)	PUSHQ	BP
	0x001b 00027 (/work/wt/i/examples/demo/escapes/large_array.go:38)	MOVQ	SP, BP
	0x001e 00030 (/work/wt/i/examples/demo/escapes/large_array.go:38)	SUBQ	$8192, SP
	0x0025 00037 (/work/wt/i/examples/demo/escapes/large_array.go:39)	LEAQ	example.com/demo/escapes.chunk(SP), DI
	0x0029 00041 (/work/wt/i/examples/demo/escapes/large_array.go:39)	MOVL	$1024, CX
	0x002e 00046 (/work/wt/i/examples/demo/escapes/large_array.go:41)	MOVQ	AX, DX
	0x0031 00049 (/work/wt/i/examples/demo/escapes/large_array.go:39)	XORL	AX, AX
	0x0033 00051 (/work/wt/i/examples/demo/escapes/large_array.go:39)	REP
	0x0034 00052 (/work/wt/i/examples/demo/escapes/large_array.go:39)	STOSQ
	0x0036 00054 (/work/wt/i/examples/demo/escapes/large_array.go:41)	XORL	BX, BX
	0x0038 00056 (/work/wt/i/examples/demo/escapes/large_array.go:41)	XORL	AX, AX
	0x003a 00058 (/work/wt/i/examples/demo/escapes/large_array.go:41)	JMP	67
	0x003c 00060 (/work/wt/i/examples/demo/escapes/large_array.go:41)	ADDQ	$1024, BX
	0x0043 00067 (/work/wt/i/examples/demo/escapes/large_array.go:41)	CMPQ	BX, $100000
	0x004a 00074 (/work/wt/i/examples/demo/escapes/large_array.go:41)	JGE	144
	0x004c 00076 (/work/wt/i/examples/demo/escapes/large_array.go:42)	LEAQ	-100000(BX), CX
	0x0053 00083 (/work/wt/i/examples/demo/escapes/large_array.go:42)	NEGQ	CX
	0x0056 00086 (/work/wt/i/examples/demo/escapes/large_array.go:44)	LEAQ	(DX)(BX*1), SI
	0x005a 00090 (/work/wt/i/examples/demo/escapes/large_array.go:42)	CMPQ	CX, $1024
	0x0061 00097 (/work/wt/i/examples/demo/escapes/large_array.go:43)	MOVL	$1024, DI
	0x0066 00102 (/work/wt/i/examples/demo/escapes/large_array.go:43)	CMOVQLT	CX, DI
	0x006a 00106 (/work/wt/i/examples/demo/escapes/large_array.go:42)	XORL	CX, CX
	0x006c 00108 (/work/wt/i/examples/demo/escapes/large_array.go:42)	JMP	121
	0x006e 00110 (/work/wt/i/examples/demo/escapes/large_array.go:44)	LEAQ	(CX)(SI*1), R8
	0x0072 00114 (/work/wt/i/examples/demo/escapes/large_array.go:44)	MOVQ	R8, example.com/demo/escapes.chunk(SP)(CX*8)
	0x0076 00118 (/work/wt/i/examples/demo/escapes/large_array.go:43)	INCQ	CX
	0x0079 00121 (/work/wt/i/examples/demo/escapes/large_array.go:43)	CMPQ	CX, DI
	0x007c 00124 (/work/wt/i/examples/demo/escapes/large_array.go:43)	JLT	110
	0x007e 00126 (/work/wt/i/examples/demo/escapes/large_array.go:46)	XORL	CX, CX
	0x0080 00128 (/work/wt/i/examples/demo/escapes/large_array.go:46)	JMP	137
	0x0082 00130 (/work/wt/i/examples/demo/escapes/large_array.go:47)	ADDQ	example.com/demo/escapes.chunk(SP)(CX*8), AX
	0x0086 00134 (/work/wt/i/examples/demo/escapes/large_array.go:46)	INCQ	CX
	0x0089 00137 (/work/wt/i/examples/demo/escapes/large_array.go:46)	CMPQ	CX, DI
	0x008c 00140 (/work/wt/i/examples/demo/escapes/large_array.go:46)	JLT	130
	0x008e 00142 (/work/wt/i/examples/demo/escapes/large_array.go:46)	JMP	60
	0x0090 00144 (/work/wt/i/examples/demo/escapes/large_array.go:50)	ADDQ	$8192, SP
	0x0097 00151 (/work/wt/i/examples/demo/escapes/large_array.go:50)	POPQ	BP
	0x0098 00152 (/work/wt/i/examples/demo/escapes/large_array.go:50)	RET
	0x0099 00153 (/work/wt/i/examples/demo/escapes/large_array.go:50)	NOP
	0x0099 00153 (/work/wt/i/examples/demo/escapes/large_array.go:38)	MOVQ	AX, 8(SP)
	0x009e 00158 (/work/wt/i/examples/demo/escapes/large_array.go:38)	NOP
	0x00a0 00160 (/work/wt/i/examples/demo/escapes/large_array.go:38)	CALL	runtime.morestack_noctxt(SB)
	0x00a5 00165 (/work/wt/i/examples/demo/escapes/large_array.go:38)	MOVQ	8(SP), AX
	0x00aa 00170 (/work/wt/i/examples/demo/escapes/large_array.go:38)	JMP	0
example.com/demo/escapes.LargeArrayAfter STEXT size=180 align=0x0 args=0x8 locals=0x2008 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/large_array.go:54)	TEXT	example.com/demo/escapes.LargeArrayAfter(SB), ABIInternal, $8200-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/large_array.go:54)	MOVQ	SP, R12
	0x0003 00003 (/work/wt/i/examples/demo/escapes/large_array.go:54)	SUBQ	$8072, R12
	0x000a 00010 (/work/wt/i/examples/demo/escapes/large_array.go:54)	JCS	161
	0x0010 00016 (/work/wt/i/examples/demo/escapes/large_array.go:54)	CMPQ	R12, 16(R14)
	0x0014 00020 (/work/wt/i/examples/demo/escapes/large_array.go:54)	JLS	161
	0x001a 00026 (/work/wt/i/examples/demo/escapes/large_array.go:54)	PUSHQ	BP
	0x001b 00027 (/work/wt/i/examples/demo/escapes/large_array.go:54)	MOVQ	SP, BP
	0x001e 00030 (/work/wt/i/examples/demo/escapes/large_array.go:54)	SUBQ	$8192, SP
	0x0025 00037 (/work/wt/i/examples/demo/escapes/large_array.go:55)	LEAQ	example.com/demo/escapes.chunk(SP), DI
	0x0029 00041 (/work/wt/i/examples/demo/escapes/large_array.go:55)	MOVL	$1024, CX
	0x002e 00046 (/work/wt/i/examples/demo/escapes/large_array.go:57)	MOVL	AX, DX
	0x0030 00048 (/work/wt/i/examples/demo/escapes/large_array.go:55)	XORL	AX, AX
	0x0032 00050 (/work/wt/i/examples/demo/escapes/large_array.go:55)	REP
	0x0033 00051 (/work/wt/i/examples/demo/escapes/large_array.go:55)	STOSQ
	0x0035 00053 (/work/wt/i/examples/demo/escapes/large_array.go:57)	XORL	BX, BX
	0x0037 00055 (/work/wt/i/examples/demo/escapes/large_array.go:57)	XORL	AX, AX
	0x0039 00057 (/work/wt/i/examples/demo/escapes/large_array.go:57)	JMP	79
	0x003b 00059 (/work/wt/i/examples/demo/escapes/large_array.go:61)	MOVQ	AX, CX
	0x003e 00062 (/work/wt/i/examples/demo/escapes/large_array.go:61)	SHLQ	$5, AX
	0x0042 00066 (/work/wt/i/examples/demo/escapes/large_array.go:61)	SUBQ	CX, AX
	0x0045 00069 (/work/wt/i/examples/demo/escapes/large_array.go:61)	ADDQ	SI, AX
	0x0048 00072 (/work/wt/i/examples/demo/escapes/large_array.go:57)	ADDQ	$8192, BX
	0x004f 00079 (/work/wt/i/examples/demo/escapes/large_array.go:57)	CMPQ	BX, $1048576
	0x0056 00086 (/work/wt/i/examples/demo/escapes/large_array.go:57)	JGE	151
	0x0058 00088 (/work/wt/i/examples/demo/escapes/large_array.go:58)	XORL	CX, CX
	0x005a 00090 (/work/wt/i/examples/demo/escapes/large_array.go:58)	JMP	105
	0x005c 00092 (/work/wt/i/examples/demo/escapes/large_array.go:59)	LEAQ	(CX)(BX*1), SI
	0x0060 00096 (/work/wt/i/examples/demo/escapes/large_array.go:59)	ADDL	DX, SI
	0x0062 00098 (/work/wt/i/examples/demo/escapes/large_array.go:59)	MOVB	SIB, example.com/demo/escapes.chunk(SP)(CX*1)
	0x0066 00102 (/work/wt/i/examples/demo/escapes/large_array.go:58)	INCQ	CX
	0x0069 00105 (/work/wt/i/examples/demo/escapes/large_array.go:58)	CMPQ	CX, $8192
	0x0070 00112 (/work/wt/i/examples/demo/escapes/large_array.go:58)	JLT	92
	0x0072 00114 (<unknown line number>)	NOP
	0x0072 00114 (/work/wt/i/examples/demo/escapes/make_size.go:47)	XORL	CX, CX
	0x0074 00116 (/work/wt/i/examples/demo/escapes/make_size.go:47)	XORL	SI, SI
	0x0076 00118 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JMP	140
	0x0078 00120 (/work/wt/i/examples/demo/escapes/make_size.go:47)	MOVBLZX	example.com/demo/escapes.chunk(SP)(CX*1), DI
	0x007c 00124 (/work/wt/i/examples/demo/escapes/make_size.go:48)	MOVQ	SI, R8
	0x007f 00127 (/work/wt/i/examples/demo/escapes/make_size.go:48)	SHLQ	$5, SI
	0x0083 00131 (/work/wt/i/examples/demo/escapes/make_size.go:48)	SUBQ	R8, SI
	0x0086 00134 (/work/wt/i/examples/demo/escapes/make_size.go:48)	ADDQ	DI, SI
	0x0089 00137 (/work/wt/i/examples/demo/escapes/make_size.go:47)	INCQ	CX
	0x008c 00140 (/work/wt/i/examples/demo/escapes/make_size.go:47)	CMPQ	CX, $8192
	0x0093 00147 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JLT	120
	0x0095 00149 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JMP	59
	0x0097 00151 (/work/wt/i/examples/demo/escapes/large_array.go:63)	ADDQ	$8192, SP
	0x009e 00158 (/work/wt/i/examples/demo/escapes/large_array.go:63)	POPQ	BP
	0x009f 00159 (/work/wt/i/examples/demo/escapes/large_array.go:63)	NOP
	0x00a0 00160 (/work/wt/i/examples/demo/escapes/large_array.go:63)	RET
	0x00a1 00161 (/work/wt/i/examples/demo/escapes/large_array.go:63)	NOP
	0x00a1 00161 (/work/wt/i/examples/demo/escapes/large_array.go:54)	MOVB	AL, 8(SP)
	0x00a5 00165 (/work/wt/i/examples/demo/escapes/large_array.go:54)	CALL	runtime.morestack_noctxt(SB)
	0x00aa 00170 (/work/wt/i/examples/demo/escapes/large_array.go:54)	MOVBLZX	8(SP), AX
	0x00af 00175 (/work/wt/i/examples/demo/escapes/large_array.go:54)	JMP	0
example.com/demo/escapes.LargeArrayPooled STEXT size=188 align=0x0 args=0x8 locals=0x28 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/large_array.go:71)	TEXT	example.com/demo/escapes.LargeArrayPooled(SB), ABIInternal, $40-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/large_array.go:71)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/large_array.go:71)	JLS	169
	0x000a 00010 (/work/wt/i/examples/demo/escapes/large_array.go:71)	PUSHQ	BP
	0x000b 00011 (/work/wt/i/examples/demo/escapes/large_array.go:71)	MOVQ	SP, BP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/large_array.go:71)	SUBQ	$32, SP
	0x0012 00018 (/work/wt/i/examples/demo/escapes/large_array.go:72)	MOVB	AL, example.com/demo/escapes.seed+48(SP)
	0x0016 00022 (/work/wt/i/examples/demo/escapes/large_array.go:72)	LEAQ	example.com/demo/escapes.bigPool(SB), AX
	0x001d 00029 (/work/wt/i/examples/demo/escapes/large_array.go:72)	NOP
	0x0020 00032 (/work/wt/i/examples/demo/escapes/large_array.go:72)	CALL	sync.(*Pool).Get(SB)
	0x0025 00037 (/work/wt/i/examples/demo/escapes/large_array.go:72)	LEAQ	type:*[1048576]uint8(SB), CX
	0x002c 00044 (/work/wt/i/examples/demo/escapes/large_array.go:72)	CMPQ	AX, CX
	0x002f 00047 (/work/wt/i/examples/demo/escapes/large_array.go:72)	JNE	153
	0x0031 00049 (/work/wt/i/examples/demo/escapes/large_array.go:73)	XORL	DX, DX
	0x0033 00051 (/work/wt/i/examples/demo/escapes/large_array.go:73)	MOVBLZX	example.com/demo/escapes.seed+48(SP), SI
	0x0038 00056 (/work/wt/i/examples/demo/escapes/large_array.go:73)	JMP	70
	0x003a 00058 (/work/wt/i/examples/demo/escapes/large_array.go:74)	TESTB	AL, (BX)
	0x003c 00060 (/work/wt/i/examples/demo/escapes/large_array.go:74)	LEAL	(SI)(DX*1), DI
	0x003f 00063 (/work/wt/i/examples/demo/escapes/large_array.go:74)	MOVB	DIB, (BX)(DX*1)
	0x0043 00067 (/work/wt/i/examples/demo/escapes/large_array.go:73)	INCQ	DX
	0x0046 00070 (/work/wt/i/examples/demo/escapes/large_array.go:73)	CMPQ	DX, $1048576
	0x004d 00077 (/work/wt/i/examples/demo/escapes/large_array.go:73)	JLT	58
	0x004f 00079 (/work/wt/i/examples/demo/escapes/large_array.go:76)	TESTB	AL, (BX)
	0x0051 00081 (<unknown line number>)	NOP
	0x0051 00081 (/work/wt/i/examples/demo/escapes/make_size.go:47)	XORL	DX, DX
	0x0053 00083 (/work/wt/i/examples/demo/escapes/make_size.go:47)	XORL	SI, SI
	0x0055 00085 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JMP	107
	0x0057 00087 (/work/wt/i/examples/demo/escapes/make_size.go:47)	MOVBLZX	(BX)(SI*1), DI
	0x005b 00091 (/work/wt/i/examples/demo/escapes/make_size.go:48)	MOVQ	DX, R8
	0x005e 00094 (/work/wt/i/examples/demo/escapes/make_size.go:48)	SHLQ	$5, DX
	0x0062 00098 (/work/wt/i/examples/demo/escapes/make_size.go:48)	SUBQ	R8, DX
	0x0065 00101 (/work/wt/i/examples/demo/escapes/make_size.go:48)	ADDQ	DI, DX
	0x0068 00104 (/work/wt/i/examples/demo/escapes/make_size.go:47)	INCQ	SI
	0x006b 00107 (/work/wt/i/examples/demo/escapes/make_size.go:47)	CMPQ	SI, $1048576
	0x0072 00114 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JLT	87
	0x0074 00116 (/work/wt/i/examples/demo/escapes/make_size.go:47)	MOVQ	DX, example.com/demo/escapes.s+24(SP)
	0x0079 00121 (/work/wt/i/examples/demo/escapes/large_array.go:77)	LEAQ	example.com/demo/escapes.bigPool(SB), AX
	0x0080 00128 (/work/wt/i/examples/demo/escapes/large_array.go:72)	MOVQ	BX, DX
	0x0083 00131 (/work/wt/i/examples/demo/escapes/large_array.go:77)	MOVQ	CX, BX
	0x0086 00134 (/work/wt/i/examples/demo/escapes/large_array.go:77)	MOVQ	DX, CX
	0x0089 00137 (/work/wt/i/examples/demo/escapes/large_array.go:77)	CALL	sync.(*Pool).Put(SB)
	0x008e 00142 (/work/wt/i/examples/demo/escapes/large_array.go:78)	MOVQ	example.com/demo/escapes.s+24(SP), AX
	0x0093 00147 (/work/wt/i/examples/demo/escapes/large_array.go:78)	ADDQ	$32, SP
	0x0097 00151 (/work/wt/i/examples/demo/escapes/large_array.go:78)	POPQ	BP
	0x0098 00152 (/work/wt/i/examples/demo/escapes/large_array.go:78)	RET
	0x0099 00153 (/work/wt/i/examples/demo/escapes/large_array.go:72)	MOVQ	CX, BX
	0x009c 00156 (/work/wt/i/examples/demo/escapes/large_array.go:72)	LEAQ	type:interface {}(SB), CX
	0x00a3 00163 (/work/wt/i/examples/demo/escapes/large_array.go:72)	CALL	runtime.panicdottypeE(SB)
	0x00a8 00168 (/work/wt/i/examples/demo/escapes/large_array.go:72)	XCHGL	AX, AX
	0x00a9 00169 (/work/wt/i/examples/demo/escapes/large_array.go:72)	NOP
	0x00a9 00169 (/work/wt/i/examples/demo/escapes/large_array.go:71)	MOVB	AL, 8(SP)
	0x00ad 00173 (/work/wt/i/examples/demo/escapes/large_array.go:71)	CALL	runtime.morestack_noctxt(SB)
	0x00b2 00178 (/work/wt/i/examples/demo/escapes/large_array.go:71)	MOVBLZX	8(SP), AX
	0x00b7 00183 (/work/wt/i/examples/demo/escapes/large_array.go:71)	JMP	0
example.com/demo/escapes.LargeFrame STEXT size=153 align=0x0 args=0x8 locals=0x4008 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/large_array.go:83)	TEXT	example.com/demo/escapes.LargeFrame(SB), ABIInternal, $16392-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/large_array.go:83)	MOVQ	SP, R12
	0x0003 00003 (/work/wt/i/examples/demo/escapes/large_array.go:83)	SUBQ	$16264, R12
	0x000a 00010 (/work/wt/i/examples/demo/escapes/large_array.go:83)	JCS	133
	0x000c 00012 (/work/wt/i/examples/demo/escapes/large_array.go:83)	CMPQ	R12, 16(R14)
	0x0010 00016 (/work/wt/i/examples/demo/escapes/large_array.go:83)	JLS	133
	0x0012 00018 (/work/wt/i/examples/demo/escapes/large_array.go:83)	PUSHQ	BP
	0x0013 00019 (/work/wt/i/examples/demo/escapes/large_array.go:83)	MOVQ	SP, BP
	0x0016 00022 (/work/wt/i/examples/demo/escapes/large_array.go:83)	SUBQ	$16384, SP
	0x001d 00029 (/work/wt/i/examples/demo/escapes/large_array.go:84)	LEAQ	example.com/demo/escapes.scratch(SP), DI
	0x0021 00033 (/work/wt/i/examples/demo/escapes/large_array.go:84)	MOVL	$2048, CX
	0x0026 00038 (/work/wt/i/examples/demo/escapes/large_array.go:86)	MOVQ	AX, DX
	0x0029 00041 (/work/wt/i/examples/demo/escapes/large_array.go:84)	XORL	AX, AX
	0x002b 00043 (/work/wt/i/examples/demo/escapes/large_array.go:84)	REP
	0x002c 00044 (/work/wt/i/examples/demo/escapes/large_array.go:84)	STOSQ
	0x002e 00046 (/work/wt/i/examples/demo/escapes/large_array.go:86)	XORL	BX, BX
	0x0030 00048 (/work/wt/i/examples/demo/escapes/large_array.go:86)	XORL	AX, AX
	0x0032 00050 (/work/wt/i/examples/demo/escapes/large_array.go:86)	JMP	58
	0x0034 00052 (/work/wt/i/examples/demo/escapes/large_array.go:90)	ADDQ	SI, AX
	0x0037 00055 (/work/wt/i/examples/demo/escapes/large_array.go:86)	INCQ	BX
	0x003a 00058 (/work/wt/i/examples/demo/escapes/large_array.go:86)	CMPQ	DX, BX
	0x003d 00061 (/work/wt/i/examples/demo/escapes/large_array.go:86)	JLE	124
	0x003f 00063 (/work/wt/i/examples/demo/escapes/large_array.go:87)	XORL	CX, CX
	0x0041 00065 (/work/wt/i/examples/demo/escapes/large_array.go:87)	JMP	78
	0x0043 00067 (/work/wt/i/examples/demo/escapes/large_array.go:88)	LEAQ	(CX)(BX*1), SI
	0x0047 00071 (/work/wt/i/examples/demo/escapes/large_array.go:88)	MOVB	SIB, example.com/demo/escapes.scratch(SP)(CX*1)
	0x004b 00075 (/work/wt/i/examples/demo/escapes/large_array.go:87)	INCQ	CX
	0x004e 00078 (/work/wt/i/examples/demo/escapes/large_array.go:87)	CMPQ	CX, $16384
	0x0055 00085 (/work/wt/i/examples/demo/escapes/large_array.go:87)	JLT	67
	0x0057 00087 (<unknown line number>)	NOP
	0x0057 00087 (/work/wt/i/examples/demo/escapes/make_size.go:47)	XORL	CX, CX
	0x0059 00089 (/work/wt/i/examples/demo/escapes/make_size.go:47)	XORL	SI, SI
	0x005b 00091 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JMP	113
	0x005d 00093 (/work/wt/i/examples/demo/escapes/make_size.go:47)	MOVBLZX	example.com/demo/escapes.scratch(SP)(CX*1), DI
	0x0061 00097 (/work/wt/i/examples/demo/escapes/make_size.go:48)	MOVQ	SI, R8
	0x0064 00100 (/work/wt/i/examples/demo/escapes/make_size.go:48)	SHLQ	$5, SI
	0x0068 00104 (/work/wt/i/examples/demo/escapes/make_size.go:48)	SUBQ	R8, SI
	0x006b 00107 (/work/wt/i/examples/demo/escapes/make_size.go:48)	ADDQ	DI, SI
	0x006e 00110 (/work/wt/i/examples/demo/escapes/make_size.go:47)	INCQ	CX
	0x0071 00113 (/work/wt/i/examples/demo/escapes/make_size.go:47)	CMPQ	CX, $16384
	0x0078 00120 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JLT	93
	0x007a 00122 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JMP	52
	0x007c 00124 (/work/wt/i/examples/demo/escapes/large_array.go:92)	ADDQ	$16384, SP
	0x0083 00131 (/work/wt/i/examples/demo/escapes/large_array.go:92)	POPQ	BP
	0x0084 00132 (/work/wt/i/examples/demo/escapes/large_array.go:92)	RET
	0x0085 00133 (/work/wt/i/examples/demo/escapes/large_array.go:92)	NOP
	0x0085 00133 (/work/wt/i/examples/demo/escapes/large_array.go:83)	MOVQ	AX, 8(SP)
	0x008a 00138 (/work/wt/i/examples/demo/escapes/large_array.go:83)	CALL	runtime.morestack_noctxt(SB)
	0x008f 00143 (/work/wt/i/examples/demo/escapes/large_array.go:83)	MOVQ	8(SP), AX
	0x0094 00148 (/work/wt/i/examples/demo/escapes/large_array.go:83)	JMP	0
example.com/demo/escapes.MakeSizeBefore STEXT size=152 align=0x0 args=0x8 locals=0x40 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/make_size.go:16)	TEXT	example.com/demo/escapes.MakeSizeBefore(SB), ABIInternal, $64-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/make_size.go:16)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/make_size.go:16)	JLS	132
	0x0006 00006 (/work/wt/i/examples/demo/escapes/make_size.go:16)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/make_size.go:16)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/make_size.go:16)	SUBQ	$56, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/make_size.go:17)	CMPQ	AX, $32
	0x0012 00018 (/work/wt/i/examples/demo/escapes/make_size.go:17)	JHI	41
	0x0014 00020 (/work/wt/i/examples/demo/escapes/make_size.go:17)	LEAQ	example.com/demo/escapes..autotmp_10+24(SP), CX
	0x0019 00025 (/work/wt/i/examples/demo/escapes/make_size.go:17)	MOVUPS	X15, (CX)
	0x001d 00029 (/work/wt/i/examples/demo/escapes/make_size.go:17)	MOVUPS	X15, 16(CX)
	0x0022 00034 (/work/wt/i/examples/demo/escapes/make_size.go:17)	LEAQ	example.com/demo/escapes..autotmp_10+24(SP), CX
	0x0027 00039 (/work/wt/i/examples/demo/escapes/make_size.go:17)	JMP	77
	0x0029 00041 (/work/wt/i/examples/demo/escapes/make_size.go:17)	MOVQ	AX, example.com/demo/escapes.n+72(SP)
	0x002e 00046 (/work/wt/i/examples/demo/escapes/make_size.go:17)	MOVQ	AX, BX
	0x0031 00049 (/work/wt/i/examples/demo/escapes/make_size.go:17)	MOVQ	BX, CX
	0x0034 00052 (/work/wt/i/examples/demo/escapes/make_size.go:17)	LEAQ	type:uint8(SB), AX
	0x003b 00059 (/work/wt/i/examples/demo/escapes/make_size.go:17)	NOP
	0x0040 00064 (/work/wt/i/examples/demo/escapes/make_size.go:17)	CALL	runtime.makeslice(SB)
	0x0045 00069 (/work/wt/i/examples/demo/escapes/make_size.go:18)	MOVQ	AX, CX
	0x0048 00072 (/work/wt/i/examples/demo/escapes/make_size.go:18)	MOVQ	example.com/demo/escapes.n+72(SP), AX
	0x004d 00077 (/work/wt/i/examples/demo/escapes/make_size.go:18)	XORL	DX, DX
	0x004f 00079 (/work/wt/i/examples/demo/escapes/make_size.go:18)	JMP	87
	0x0051 00081 (/work/wt/i/examples/demo/escapes/make_size.go:19)	MOVB	DL, (CX)(DX*1)
	0x0054 00084 (/work/wt/i/examples/demo/escapes/make_size.go:18)	INCQ	DX
	0x0057 00087 (/work/wt/i/examples/demo/escapes/make_size.go:18)	CMPQ	AX, DX
	0x005a 00090 (/work/wt/i/examples/demo/escapes/make_size.go:18)	JGT	81
	0x005c 00092 (<unknown line number>)	NOP
	0x005c 00092 (/work/wt/i/examples/demo/escapes/make_size.go:47)	XORL	DX, DX
	0x005e 00094 (/work/wt/i/examples/demo/escapes/make_size.go:47)	XORL	BX, BX
	0x0060 00096 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JMP	118
	0x0062 00098 (/work/wt/i/examples/demo/escapes/make_size.go:47)	MOVBLZX	(CX)(BX*1), SI
	0x0066 00102 (/work/wt/i/examples/demo/escapes/make_size.go:48)	MOVQ	DX, DI
	0x0069 00105 (/work/wt/i/examples/demo/escapes/make_size.go:48)	SHLQ	$5, DX
	0x006d 00109 (/work/wt/i/examples/demo/escapes/make_size.go:48)	SUBQ	DI, DX
	0x0070 00112 (/work/wt/i/examples/demo/escapes/make_size.go:48)	ADDQ	SI, DX
	0x0073 00115 (/work/wt/i/examples/demo/escapes/make_size.go:47)	INCQ	BX
	0x0076 00118 (/work/wt/i/examples/demo/escapes/make_size.go:47)	CMPQ	AX, BX
	0x0079 00121 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JGT	98
	0x007b 00123 (/work/wt/i/examples/demo/escapes/make_size.go:21)	MOVQ	DX, AX
	0x007e 00126 (/work/wt/i/examples/demo/escapes/make_size.go:21)	ADDQ	$56, SP
	0x0082 00130 (/work/wt/i/examples/demo/escapes/make_size.go:21)	POPQ	BP
	0x0083 00131 (/work/wt/i/examples/demo/escapes/make_size.go:21)	RET
	0x0084 00132 (/work/wt/i/examples/demo/escapes/make_size.go:21)	NOP
	0x0084 00132 (/work/wt/i/examples/demo/escapes/make_size.go:16)	MOVQ	AX, 8(SP)
	0x0089 00137 (/work/wt/i/examples/demo/escapes/make_size.go:16)	CALL	runtime.morestack_noctxt(SB)
	0x008e 00142 (/work/wt/i/examples/demo/escapes/make_size.go:16)	MOVQ	8(SP), AX
	0x0093 00147 (/work/wt/i/examples/demo/escapes/make_size.go:16)	JMP	0
example.com/demo/escapes.MakeSizeAfter STEXT size=144 align=0x0 args=0x8 locals=0x1008 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/make_size.go:28)	TEXT	example.com/demo/escapes.MakeSizeAfter(SB), ABIInternal, $4104-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/make_size.go:28)	MOVQ	SP, R12
	0x0003 00003 (/work/wt/i/examples/demo/escapes/make_size.go:28)	SUBQ	$3976, R12
	0x000a 00010 (/work/wt/i/examples/demo/escapes/make_size.go:28)	JCS	124
	0x000c 00012 (/work/wt/i/examples/demo/escapes/make_size.go:28)	CMPQ	R12, 16(R14)
	0x0010 00016 (/work/wt/i/examples/demo/escapes/make_size.go:28)	JLS	124
	0x0012 00018 (/work/wt/i/examples/demo/escapes/make_size.go:28)	PUSHQ	BP
	0x0013 00019 (/work/wt/i/examples/demo/escapes/make_size.go:28)	MOVQ	SP, BP
	0x0016 00022 (/work/wt/i/examples/demo/escapes/make_size.go:28)	SUBQ	$4096, SP
	0x001d 00029 (/work/wt/i/examples/demo/escapes/make_size.go:29)	LEAQ	example.com/demo/escapes.arr(SP), DI
	0x0021 00033 (/work/wt/i/examples/demo/escapes/make_size.go:29)	MOVL	$512, CX
	0x0026 00038 (/work/wt/i/examples/demo/escapes/make_size.go:30)	MOVQ	AX, DX
	0x0029 00041 (/work/wt/i/examples/demo/escapes/make_size.go:29)	XORL	AX, AX
	0x002b 00043 (/work/wt/i/examples/demo/escapes/make_size.go:29)	REP
	0x002c 00044 (/work/wt/i/examples/demo/escapes/make_size.go:29)	STOSQ
	0x002e 00046 (/work/wt/i/examples/demo/escapes/make_size.go:30)	CMPQ	DX, $4096
	0x0035 00053 (/work/wt/i/examples/demo/escapes/make_size.go:30)	JHI	113
	0x0037 00055 (/work/wt/i/examples/demo/escapes/make_size.go:31)	XORL	CX, CX
	0x0039 00057 (/work/wt/i/examples/demo/escapes/make_size.go:31)	JMP	65
	0x003b 00059 (/work/wt/i/examples/demo/escapes/make_size.go:32)	MOVB	CL, example.com/demo/escapes.arr(SP)(CX*1)
	0x003e 00062 (/work/wt/i/examples/demo/escapes/make_size.go:31)	INCQ	CX
	0x0041 00065 (/work/wt/i/examples/demo/escapes/make_size.go:31)	CMPQ	DX, CX
	0x0044 00068 (/work/wt/i/examples/demo/escapes/make_size.go:31)	JGT	59
	0x0046 00070 (<unknown line number>)	NOP
	0x0046 00070 (/work/wt/i/examples/demo/escapes/make_size.go:47)	XORL	CX, CX
	0x0048 00072 (/work/wt/i/examples/demo/escapes/make_size.go:47)	XORL	BX, BX
	0x004a 00074 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JMP	96
	0x004c 00076 (/work/wt/i/examples/demo/escapes/make_size.go:47)	MOVBLZX	example.com/demo/escapes.arr(SP)(BX*1), AX
	0x0050 00080 (/work/wt/i/examples/demo/escapes/make_size.go:48)	MOVQ	CX, SI
	0x0053 00083 (/work/wt/i/examples/demo/escapes/make_size.go:48)	SHLQ	$5, CX
	0x0057 00087 (/work/wt/i/examples/demo/escapes/make_size.go:48)	SUBQ	SI, CX
	0x005a 00090 (/work/wt/i/examples/demo/escapes/make_size.go:48)	ADDQ	AX, CX
	0x005d 00093 (/work/wt/i/examples/demo/escapes/make_size.go:47)	INCQ	BX
	0x0060 00096 (/work/wt/i/examples/demo/escapes/make_size.go:47)	CMPQ	DX, BX
	0x0063 00099 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JGT	76
	0x0065 00101 (/work/wt/i/examples/demo/escapes/make_size.go:34)	MOVQ	CX, AX
	0x0068 00104 (/work/wt/i/examples/demo/escapes/make_size.go:34)	ADDQ	$4096, SP
	0x006f 00111 (/work/wt/i/examples/demo/escapes/make_size.go:34)	POPQ	BP
	0x0070 00112 (/work/wt/i/examples/demo/escapes/make_size.go:34)	RET
	0x0071 00113 (/work/wt/i/examples/demo/escapes/make_size.go:30)	MOVQ	$4096, AX
	0x0076 00118 (/work/wt/i/examples/demo/escapes/make_size.go:30)	CALL	runtime.panicBounds(SB)
	0x007b 00123 (/work/wt/i/examples/demo/escapes/make_size.go:30)	XCHGL	AX, AX
	0x007c 00124 (/work/wt/i/examples/demo/escapes/make_size.go:30)	NOP
	0x007c 00124 (/work/wt/i/examples/demo/escapes/make_size.go:28)	MOVQ	AX, 8(SP)
	0x0081 00129 (/work/wt/i/examples/demo/escapes/make_size.go:28)	CALL	runtime.morestack_noctxt(SB)
	0x0086 00134 (/work/wt/i/examples/demo/escapes/make_size.go:28)	MOVQ	8(SP), AX
	0x008b 00139 (/work/wt/i/examples/demo/escapes/make_size.go:28)	JMP	0
example.com/demo/escapes.MakeSizeCallerBuffer STEXT nosplit size=55 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/make_size.go:38)	TEXT	example.com/demo/escapes.MakeSizeCallerBuffer(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (/work/wt/i/examples/demo/escapes/make_size.go:38)	MOVQ	AX, example.com/demo/escapes.buf+8(FP)
	0x0005 00005 (/work/wt/i/examples/demo/escapes/make_size.go:39)	XORL	CX, CX
	0x0007 00007 (/work/wt/i/examples/demo/escapes/make_size.go:39)	JMP	15
	0x0009 00009 (/work/wt/i/examples/demo/escapes/make_size.go:40)	MOVB	CL, (AX)(CX*1)
	0x000c 00012 (/work/wt/i/examples/demo/escapes/make_size.go:39)	INCQ	CX
	0x000f 00015 (/work/wt/i/examples/demo/escapes/make_size.go:39)	CMPQ	BX, CX
	0x0012 00018 (/work/wt/i/examples/demo/escapes/make_size.go:39)	JGT	9
	0x0014 00020 (<unknown line number>)	NOP
	0x0014 00020 (/work/wt/i/examples/demo/escapes/make_size.go:47)	XORL	CX, CX
	0x0016 00022 (/work/wt/i/examples/demo/escapes/make_size.go:47)	XORL	DX, DX
	0x0018 00024 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JMP	46
	0x001a 00026 (/work/wt/i/examples/demo/escapes/make_size.go:47)	MOVBLZX	(AX)(DX*1), SI
	0x001e 00030 (/work/wt/i/examples/demo/escapes/make_size.go:48)	MOVQ	CX, DI
	0x0021 00033 (/work/wt/i/examples/demo/escapes/make_size.go:48)	SHLQ	$5, CX
	0x0025 00037 (/work/wt/i/examples/demo/escapes/make_size.go:48)	SUBQ	DI, CX
	0x0028 00040 (/work/wt/i/examples/demo/escapes/make_size.go:48)	ADDQ	SI, CX
	0x002b 00043 (/work/wt/i/examples/demo/escapes/make_size.go:47)	INCQ	DX
	0x002e 00046 (/work/wt/i/examples/demo/escapes/make_size.go:47)	CMPQ	BX, DX
	0x0031 00049 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JGT	26
	0x0033 00051 (/work/wt/i/examples/demo/escapes/make_size.go:42)	MOVQ	CX, AX
	0x0036 00054 (/work/wt/i/examples/demo/escapes/make_size.go:42)	RET
example.com/demo/escapes.checksum STEXT nosplit size=41 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/make_size.go:45)	TEXT	example.com/demo/escapes.checksum(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (/work/wt/i/examples/demo/escapes/make_size.go:45)	MOVQ	AX, example.com/demo/escapes.b+8(FP)
	0x0005 00005 (/work/wt/i/examples/demo/escapes/make_size.go:47)	XORL	CX, CX
	0x0007 00007 (/work/wt/i/examples/demo/escapes/make_size.go:47)	XORL	DX, DX
	0x0009 00009 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JMP	32
	0x000b 00011 (/work/wt/i/examples/demo/escapes/make_size.go:47)	MOVBLZX	(AX)(CX*1), SI
	0x000f 00015 (/work/wt/i/examples/demo/escapes/make_size.go:48)	MOVQ	DX, DI
	0x0012 00018 (/work/wt/i/examples/demo/escapes/make_size.go:48)	SHLQ	$5, DX
	0x0016 00022 (/work/wt/i/examples/demo/escapes/make_size.go:48)	SUBQ	DI, DX
	0x0019 00025 (/work/wt/i/examples/demo/escapes/make_size.go:48)	ADDQ	SI, DX
	0x001c 00028 (/work/wt/i/examples/demo/escapes/make_size.go:47)	INCQ	CX
	0x001f 00031 (/work/wt/i/examples/demo/escapes/make_size.go:47)	NOP
	0x0020 00032 (/work/wt/i/examples/demo/escapes/make_size.go:47)	CMPQ	BX, CX
	0x0023 00035 (/work/wt/i/examples/demo/escapes/make_size.go:47)	JGT	11
	0x0025 00037 (/work/wt/i/examples/demo/escapes/make_size.go:50)	MOVQ	DX, AX
	0x0028 00040 (/work/wt/i/examples/demo/escapes/make_size.go:50)	RET
example.com/demo/escapes.Scaler.Scale STEXT nosplit size=5 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/method_value.go:17)	TEXT	example.com/demo/escapes.Scaler.Scale(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/method_value.go:18)	IMULQ	BX, AX
	0x0004 00004 (/work/wt/i/examples/demo/escapes/method_value.go:18)	RET
example.com/demo/escapes.MethodValueBefore STEXT size=156 align=0x0 args=0x10 locals=0x28 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/method_value.go:24)	TEXT	example.com/demo/escapes.MethodValueBefore(SB), ABIInternal, $40-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/method_value.go:24)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/method_value.go:24)	JLS	126
	0x0006 00006 (/work/wt/i/examples/demo/escapes/method_value.go:24)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/method_value.go:24)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/method_value.go:24)	SUBQ	$32, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/method_value.go:27)	MOVQ	AX, example.com/demo/escapes.factor+48(SP)
	0x0013 00019 (/work/wt/i/examples/demo/escapes/method_value.go:27)	MOVQ	BX, example.com/demo/escapes.v+56(SP)
	0x0018 00024 (/work/wt/i/examples/demo/escapes/method_value.go:26)	MOVL	$16, AX
	0x001d 00029 (/work/wt/i/examples/demo/escapes/method_value.go:26)	LEAQ	type:noalg.struct { F uintptr; R example.com/demo/escapes.Scaler }(SB), BX
	0x0024 00036 (/work/wt/i/examples/demo/escapes/method_value.go:26)	MOVL	$1, CX
	0x0029 00041 (/work/wt/i/examples/demo/escapes/method_value.go:26)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x002e 00046 (/work/wt/i/examples/demo/escapes/method_value.go:26)	LEAQ	example.com/demo/escapes.Scaler.Scale-fm(SB), DX
	0x0035 00053 (/work/wt/i/examples/demo/escapes/method_value.go:26)	MOVQ	DX, (AX)
	0x0038 00056 (/work/wt/i/examples/demo/escapes/method_value.go:26)	MOVQ	example.com/demo/escapes.factor+48(SP), SI
	0x003d 00061 (/work/wt/i/examples/demo/escapes/method_value.go:26)	MOVQ	SI, 8(AX)
	0x0041 00065 (/work/wt/i/examples/demo/escapes/method_value.go:26)	CMPL	runtime.writeBarrier(SB), $0
	0x0048 00072 (/work/wt/i/examples/demo/escapes/method_value.go:26)	JEQ	93
	0x004a 00074 (/work/wt/i/examples/demo/escapes/method_value.go:26)	MOVQ	example.com/demo/escapes.savedScale(SB), CX
	0x0051 00081 (/work/wt/i/examples/demo/escapes/method_value.go:26)	CALL	runtime.gcWriteBarrier2(SB)
	0x0056 00086 (/work/wt/i/examples/demo/escapes/method_value.go:26)	MOVQ	AX, (R11)
	0x0059 00089 (/work/wt/i/examples/demo/escapes/method_value.go:26)	MOVQ	CX, 8(R11)
	0x005d 00093 (/work/wt/i/examples/demo/escapes/method_value.go:26)	MOVQ	AX, example.com/demo/escapes.savedScale(SB)
	0x0064 00100 (/work/wt/i/examples/demo/escapes/method_value.go:26)	MOVQ	AX, CX
	0x0067 00103 (/work/wt/i/examples/demo/escapes/method_value.go:27)	MOVQ	example.com/demo/escapes.v+56(SP), AX
	0x006c 00108 (/work/wt/i/examples/demo/escapes/method_value.go:27)	MOVQ	CX, DX
	0x006f 00111 (/work/wt/i/examples/demo/escapes/method_value.go:27)	LEAQ	example.com/demo/escapes.Scaler.Scale-fm(SB), BX
	0x0076 00118 (/work/wt/i/examples/demo/escapes/method_value.go:27)	CALL	BX
	0x0078 00120 (/work/wt/i/examples/demo/escapes/method_value.go:27)	ADDQ	$32, SP
	0x007c 00124 (/work/wt/i/examples/demo/escapes/method_value.go:27)	POPQ	BP
	0x007d 00125 (/work/wt/i/examples/demo/escapes/method_value.go:27)	RET
	0x007e 00126 (/work/wt/i/examples/demo/escapes/method_value.go:27)	NOP
	0x007e 00126 (/work/wt/i/examples/demo/escapes/method_value.go:24)	MOVQ	AX, 8(SP)
	0x0083 00131 (/work/wt/i/examples/demo/escapes/method_value.go:24)	MOVQ	BX, 16(SP)
	0x0088 00136 (/work/wt/i/examples/demo/escapes/method_value.go:24)	CALL	runtime.morestack_noctxt(SB)
	0x008d 00141 (/work/wt/i/examples/demo/escapes/method_value.go:24)	MOVQ	8(SP), AX
	0x0092 00146 (/work/wt/i/examples/demo/escapes/method_value.go:24)	MOVQ	16(SP), BX
	0x0097 00151 (/work/wt/i/examples/demo/escapes/method_value.go:24)	JMP	0
example.com/demo/escapes.MethodValueAfter STEXT size=98 align=0x0 args=0x10 locals=0x18 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/method_value.go:34)	TEXT	example.com/demo/escapes.MethodValueAfter(SB), ABIInternal, $24-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/method_value.go:34)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/method_value.go:34)	JLS	69
	0x0006 00006 (/work/wt/i/examples/demo/escapes/method_value.go:34)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/method_value.go:34)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/method_value.go:34)	SUBQ	$16, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/method_value.go:36)	CMPL	runtime.writeBarrier(SB), $0
	0x0015 00021 (/work/wt/i/examples/demo/escapes/method_value.go:36)	JEQ	40
	0x0017 00023 (/work/wt/i/examples/demo/escapes/method_value.go:36)	MOVQ	example.com/demo/escapes.savedScaleExpr(SB), CX
	0x001e 00030 (/work/wt/i/examples/demo/escapes/method_value.go:36)	NOP
	0x0020 00032 (/work/wt/i/examples/demo/escapes/method_value.go:36)	CALL	runtime.gcWriteBarrier1(SB)
	0x0025 00037 (/work/wt/i/examples/demo/escapes/method_value.go:36)	MOVQ	CX, (R11)
	0x0028 00040 (/work/wt/i/examples/demo/escapes/method_value.go:36)	LEAQ	example.com/demo/escapes.Scaler.Scale·f(SB), DX
	0x002f 00047 (/work/wt/i/examples/demo/escapes/method_value.go:36)	MOVQ	DX, example.com/demo/escapes.savedScaleExpr(SB)
	0x0036 00054 (/work/wt/i/examples/demo/escapes/method_value.go:37)	MOVQ	example.com/demo/escapes.Scaler.Scale·f(SB), CX
	0x003d 00061 (/work/wt/i/examples/demo/escapes/method_value.go:37)	CALL	CX
	0x003f 00063 (/work/wt/i/examples/demo/escapes/method_value.go:37)	ADDQ	$16, SP
	0x0043 00067 (/work/wt/i/examples/demo/escapes/method_value.go:37)	POPQ	BP
	0x0044 00068 (/work/wt/i/examples/demo/escapes/method_value.go:37)	RET
	0x0045 00069 (/work/wt/i/examples/demo/escapes/method_value.go:37)	NOP
	0x0045 00069 (/work/wt/i/examples/demo/escapes/method_value.go:34)	MOVQ	AX, 8(SP)
	0x004a 00074 (/work/wt/i/examples/demo/escapes/method_value.go:34)	MOVQ	BX, 16(SP)
	0x004f 00079 (/work/wt/i/examples/demo/escapes/method_value.go:34)	CALL	runtime.morestack_noctxt(SB)
	0x0054 00084 (/work/wt/i/examples/demo/escapes/method_value.go:34)	MOVQ	8(SP), AX
	0x0059 00089 (/work/wt/i/examples/demo/escapes/method_value.go:34)	MOVQ	16(SP), BX
	0x005e 00094 (/work/wt/i/examples/demo/escapes/method_value.go:34)	NOP
	0x0060 00096 (/work/wt/i/examples/demo/escapes/method_value.go:34)	JMP	0
example.com/demo/escapes.(*Counter).Add STEXT nosplit size=10 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:18)	TEXT	example.com/demo/escapes.(*Counter).Add(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:19)	MOVQ	(AX), CX
	0x0003 00003 (/work/wt/i/examples/demo/escapes/opaque_call.go:19)	ADDQ	(BX), CX
	0x0006 00006 (/work/wt/i/examples/demo/escapes/opaque_call.go:19)	MOVQ	CX, (AX)
	0x0009 00009 (/work/wt/i/examples/demo/escapes/opaque_call.go:20)	RET
example.com/demo/escapes.OpaqueCallBefore STEXT size=118 align=0x0 args=0x18 locals=0x18 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:28)	TEXT	example.com/demo/escapes.OpaqueCallBefore(SB), ABIInternal, $24-24
	0x0000 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:28)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/opaque_call.go:28)	JLS	78
	0x0006 00006 (/work/wt/i/examples/demo/escapes/opaque_call.go:28)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/opaque_call.go:28)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/opaque_call.go:28)	SUBQ	$16, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/opaque_call.go:31)	MOVQ	BX, example.com/demo/escapes.a+40(SP)
	0x0013 00019 (/work/wt/i/examples/demo/escapes/opaque_call.go:31)	MOVQ	AX, example.com/demo/escapes.a+32(SP)
	0x0018 00024 (/work/wt/i/examples/demo/escapes/opaque_call.go:31)	MOVQ	CX, example.com/demo/escapes.n+48(SP)
	0x001d 00029 (/work/wt/i/examples/demo/escapes/opaque_call.go:29)	LEAQ	type:int(SB), AX
	0x0024 00036 (/work/wt/i/examples/demo/escapes/opaque_call.go:29)	CALL	runtime.newobject(SB)
	0x0029 00041 (/work/wt/i/examples/demo/escapes/opaque_call.go:29)	MOVQ	example.com/demo/escapes.n+48(SP), CX
	0x002e 00046 (/work/wt/i/examples/demo/escapes/opaque_call.go:29)	LEAQ	(CX)(CX*2), CX
	0x0032 00050 (/work/wt/i/examples/demo/escapes/opaque_call.go:29)	MOVQ	CX, (AX)
	0x0035 00053 (/work/wt/i/examples/demo/escapes/opaque_call.go:30)	MOVQ	example.com/demo/escapes.a+32(SP), CX
	0x003a 00058 (/work/wt/i/examples/demo/escapes/opaque_call.go:30)	MOVQ	24(CX), CX
	0x003e 00062 (/work/wt/i/examples/demo/escapes/opaque_call.go:30)	MOVQ	AX, BX
	0x0041 00065 (/work/wt/i/examples/demo/escapes/opaque_call.go:30)	MOVQ	example.com/demo/escapes.a+40(SP), AX
	0x0046 00070 (/work/wt/i/examples/demo/escapes/opaque_call.go:30)	CALL	CX
	0x0048 00072 (/work/wt/i/examples/demo/escapes/opaque_call.go:31)	ADDQ	$16, SP
	0x004c 00076 (/work/wt/i/examples/demo/escapes/opaque_call.go:31)	POPQ	BP
	0x004d 00077 (/work/wt/i/examples/demo/escapes/opaque_call.go:31)	RET
	0x004e 00078 (/work/wt/i/examples/demo/escapes/opaque_call.go:31)	NOP
	0x004e 00078 (/work/wt/i/examples/demo/escapes/opaque_call.go:28)	MOVQ	AX, 8(SP)
	0x0053 00083 (/work/wt/i/examples/demo/escapes/opaque_call.go:28)	MOVQ	BX, 16(SP)
	0x0058 00088 (/work/wt/i/examples/demo/escapes/opaque_call.go:28)	MOVQ	CX, 24(SP)
	0x005d 00093 (/work/wt/i/examples/demo/escapes/opaque_call.go:28)	NOP
	0x0060 00096 (/work/wt/i/examples/demo/escapes/opaque_call.go:28)	CALL	runtime.morestack_noctxt(SB)
	0x0065 00101 (/work/wt/i/examples/demo/escapes/opaque_call.go:28)	MOVQ	8(SP), AX
	0x006a 00106 (/work/wt/i/examples/demo/escapes/opaque_call.go:28)	MOVQ	16(SP), BX
	0x006f 00111 (/work/wt/i/examples/demo/escapes/opaque_call.go:28)	MOVQ	24(SP), CX
	0x0074 00116 (/work/wt/i/examples/demo/escapes/opaque_call.go:28)	JMP	0
example.com/demo/escapes.OpaqueCallAfter STEXT nosplit size=9 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:34)	TEXT	example.com/demo/escapes.OpaqueCallAfter(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:35)	LEAQ	(BX)(BX*2), CX
	0x0004 00004 (/work/wt/i/examples/demo/escapes/opaque_call.go:36)	XCHGL	AX, AX
	0x0005 00005 (/work/wt/i/examples/demo/escapes/opaque_call.go:19)	ADDQ	CX, (AX)
	0x0008 00008 (/work/wt/i/examples/demo/escapes/opaque_call.go:37)	RET
example.com/demo/escapes.OpaqueFuncBefore STEXT size=92 align=0x0 args=0x10 locals=0x18 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:40)	TEXT	example.com/demo/escapes.OpaqueFuncBefore(SB), ABIInternal, $24-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:40)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/opaque_call.go:40)	JLS	65
	0x0006 00006 (/work/wt/i/examples/demo/escapes/opaque_call.go:40)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/opaque_call.go:40)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/opaque_call.go:40)	SUBQ	$16, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/opaque_call.go:43)	MOVQ	AX, example.com/demo/escapes.f+32(SP)
	0x0013 00019 (/work/wt/i/examples/demo/escapes/opaque_call.go:43)	MOVQ	BX, example.com/demo/escapes.n+40(SP)
	0x0018 00024 (/work/wt/i/examples/demo/escapes/opaque_call.go:41)	LEAQ	type:int(SB), AX
	0x001f 00031 (/work/wt/i/examples/demo/escapes/opaque_call.go:41)	NOP
	0x0020 00032 (/work/wt/i/examples/demo/escapes/opaque_call.go:41)	CALL	runtime.newobject(SB)
	0x0025 00037 (/work/wt/i/examples/demo/escapes/opaque_call.go:41)	MOVQ	example.com/demo/escapes.n+40(SP), CX
	0x002a 00042 (/work/wt/i/examples/demo/escapes/opaque_call.go:41)	LEAQ	(CX)(CX*2), CX
	0x002e 00046 (/work/wt/i/examples/demo/escapes/opaque_call.go:41)	MOVQ	CX, (AX)
	0x0031 00049 (/work/wt/i/examples/demo/escapes/opaque_call.go:42)	MOVQ	example.com/demo/escapes.f+32(SP), DX
	0x0036 00054 (/work/wt/i/examples/demo/escapes/opaque_call.go:42)	MOVQ	(DX), CX
	0x0039 00057 (/work/wt/i/examples/demo/escapes/opaque_call.go:42)	CALL	CX
	0x003b 00059 (/work/wt/i/examples/demo/escapes/opaque_call.go:43)	ADDQ	$16, SP
	0x003f 00063 (/work/wt/i/examples/demo/escapes/opaque_call.go:43)	POPQ	BP
	0x0040 00064 (/work/wt/i/examples/demo/escapes/opaque_call.go:43)	RET
	0x0041 00065 (/work/wt/i/examples/demo/escapes/opaque_call.go:43)	NOP
	0x0041 00065 (/work/wt/i/examples/demo/escapes/opaque_call.go:40)	MOVQ	AX, 8(SP)
	0x0046 00070 (/work/wt/i/examples/demo/escapes/opaque_call.go:40)	MOVQ	BX, 16(SP)
	0x004b 00075 (/work/wt/i/examples/demo/escapes/opaque_call.go:40)	CALL	runtime.morestack_noctxt(SB)
	0x0050 00080 (/work/wt/i/examples/demo/escapes/opaque_call.go:40)	MOVQ	8(SP), AX
	0x0055 00085 (/work/wt/i/examples/demo/escapes/opaque_call.go:40)	MOVQ	16(SP), BX
	0x005a 00090 (/work/wt/i/examples/demo/escapes/opaque_call.go:40)	JMP	0
example.com/demo/escapes.OpaqueFuncAfter STEXT nosplit size=9 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:46)	TEXT	example.com/demo/escapes.OpaqueFuncAfter(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:47)	LEAQ	(BX)(BX*2), CX
	0x0004 00004 (/work/wt/i/examples/demo/escapes/opaque_call.go:48)	XCHGL	AX, AX
	0x0005 00005 (/work/wt/i/examples/demo/escapes/opaque_call.go:52)	ADDQ	CX, (AX)
	0x0008 00008 (/work/wt/i/examples/demo/escapes/opaque_call.go:49)	RET
example.com/demo/escapes.addTo STEXT nosplit size=10 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:51)	TEXT	example.com/demo/escapes.addTo(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/opaque_call.go:52)	MOVQ	(AX), CX
	0x0003 00003 (/work/wt/i/examples/demo/escapes/opaque_call.go:52)	ADDQ	(BX), CX
	0x0006 00006 (/work/wt/i/examples/demo/escapes/opaque_call.go:52)	MOVQ	CX, (AX)
	0x0009 00009 (/work/wt/i/examples/demo/escapes/opaque_call.go:53)	RET
example.com/demo/escapes.PoolBefore STEXT size=157 align=0x0 args=0x18 locals=0x48 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/pool.go:19)	TEXT	example.com/demo/escapes.PoolBefore(SB), ABIInternal, $72-24
	0x0000 00000 (/work/wt/i/examples/demo/escapes/pool.go:19)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/pool.go:19)	JLS	117
	0x0006 00006 (/work/wt/i/examples/demo/escapes/pool.go:19)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/pool.go:19)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/pool.go:19)	SUBQ	$64, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/pool.go:23)	MOVQ	CX, example.com/demo/escapes.n+96(SP)
	0x0013 00019 (/work/wt/i/examples/demo/escapes/pool.go:23)	MOVQ	BX, example.com/demo/escapes.w+88(SP)
	0x0018 00024 (/work/wt/i/examples/demo/escapes/pool.go:23)	MOVQ	AX, example.com/demo/escapes.w+80(SP)
	0x001d 00029 (/work/wt/i/examples/demo/escapes/pool.go:20)	MOVL	$40, AX
	0x0022 00034 (/work/wt/i/examples/demo/escapes/pool.go:20)	LEAQ	type:bytes.Buffer(SB), BX
	0x0029 00041 (/work/wt/i/examples/demo/escapes/pool.go:20)	MOVL	$1, CX
	0x002e 00046 (/work/wt/i/examples/demo/escapes/pool.go:20)	CALL	runtime.mallocgcSmallScanNoHeaderSC5(SB)
	0x0033 00051 (/work/wt/i/examples/demo/escapes/pool.go:20)	MOVQ	AX, example.com/demo/escapes.buf+56(SP)
	0x0038 00056 (/work/wt/i/examples/demo/escapes/pool.go:21)	MOVQ	example.com/demo/escapes.n+96(SP), BX
	0x003d 00061 (/work/wt/i/examples/demo/escapes/pool.go:21)	NOP
	0x0040 00064 (/work/wt/i/examples/demo/escapes/pool.go:21)	CALL	example.com/demo/escapes.render(SB)
	0x0045 00069 (/work/wt/i/examples/demo/escapes/pool.go:22)	XCHGL	AX, AX
	0x0046 00070 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	MOVQ	example.com/demo/escapes.w+80(SP), AX
	0x004b 00075 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	MOVQ	example.com/demo/escapes.w+88(SP), BX
	0x0050 00080 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	LEAQ	go:itab.*bytes.Buffer,io.Reader(SB), CX
	0x0057 00087 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	MOVQ	example.com/demo/escapes.buf+56(SP), DI
	0x005c 00092 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	XORL	SI, SI
	0x005e 00094 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	XORL	R8, R8
	0x0061 00097 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	MOVL	R8, R9
	0x0064 00100 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	CALL	io.copyBuffer(SB)
	0x0069 00105 (/work/wt/i/examples/demo/escapes/pool.go:23)	MOVQ	BX, AX
	0x006c 00108 (/work/wt/i/examples/demo/escapes/pool.go:23)	MOVQ	CX, BX
	0x006f 00111 (/work/wt/i/examples/demo/escapes/pool.go:23)	ADDQ	$64, SP
	0x0073 00115 (/work/wt/i/examples/demo/escapes/pool.go:23)	POPQ	BP
	0x0074 00116 (/work/wt/i/examples/demo/escapes/pool.go:23)	RET
	0x0075 00117 (/work/wt/i/examples/demo/escapes/pool.go:23)	NOP
	0x0075 00117 (/work/wt/i/examples/demo/escapes/pool.go:19)	MOVQ	AX, 8(SP)
	0x007a 00122 (/work/wt/i/examples/demo/escapes/pool.go:19)	MOVQ	BX, 16(SP)
	0x007f 00127 (/work/wt/i/examples/demo/escapes/pool.go:19)	MOVQ	CX, 24(SP)
	0x0084 00132 (/work/wt/i/examples/demo/escapes/pool.go:19)	CALL	runtime.morestack_noctxt(SB)
	0x0089 00137 (/work/wt/i/examples/demo/escapes/pool.go:19)	MOVQ	8(SP), AX
	0x008e 00142 (/work/wt/i/examples/demo/escapes/pool.go:19)	MOVQ	16(SP), BX
	0x0093 00147 (/work/wt/i/examples/demo/escapes/pool.go:19)	MOVQ	24(SP), CX
	0x0098 00152 (/work/wt/i/examples/demo/escapes/pool.go:19)	JMP	0
example.com/demo/escapes.PoolAfter STEXT size=243 align=0x0 args=0x18 locals=0x58 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/pool.go:31)	TEXT	example.com/demo/escapes.PoolAfter(SB), ABIInternal, $88-24
	0x0000 00000 (/work/wt/i/examples/demo/escapes/pool.go:31)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/pool.go:31)	JLS	203
	0x000a 00010 (/work/wt/i/examples/demo/escapes/pool.go:31)	PUSHQ	BP
	0x000b 00011 (/work/wt/i/examples/demo/escapes/pool.go:31)	MOVQ	SP, BP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/pool.go:31)	SUBQ	$80, SP
	0x0012 00018 (/work/wt/i/examples/demo/escapes/pool.go:32)	MOVQ	CX, example.com/demo/escapes.n+112(SP)
	0x0017 00023 (/work/wt/i/examples/demo/escapes/pool.go:32)	MOVQ	AX, example.com/demo/escapes.w+96(SP)
	0x001c 00028 (/work/wt/i/examples/demo/escapes/pool.go:32)	MOVQ	BX, example.com/demo/escapes.w+104(SP)
	0x0021 00033 (/work/wt/i/examples/demo/escapes/pool.go:32)	LEAQ	example.com/demo/escapes.bufPool(SB), AX
	0x0028 00040 (/work/wt/i/examples/demo/escapes/pool.go:32)	CALL	sync.(*Pool).Get(SB)
	0x002d 00045 (/work/wt/i/examples/demo/escapes/pool.go:32)	LEAQ	type:*bytes.Buffer(SB), CX
	0x0034 00052 (/work/wt/i/examples/demo/escapes/pool.go:32)	CMPQ	AX, CX
	0x0037 00055 (/work/wt/i/examples/demo/escapes/pool.go:32)	JNE	187
	0x003d 00061 (/work/wt/i/examples/demo/escapes/pool.go:32)	MOVQ	BX, example.com/demo/escapes.src.data+64(SP)
	0x0042 00066 (/work/wt/i/examples/demo/escapes/pool.go:33)	XCHGL	AX, AX
	0x0043 00067 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/bytes/buffer.go:125)	MOVQ	$0, 8(BX)
	0x004b 00075 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/bytes/buffer.go:126)	MOVQ	$0, 24(BX)
	0x0053 00083 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/bytes/buffer.go:127)	MOVB	$0, 32(BX)
	0x0057 00087 (/work/wt/i/examples/demo/escapes/pool.go:34)	MOVQ	BX, AX
	0x005a 00090 (/work/wt/i/examples/demo/escapes/pool.go:34)	MOVQ	example.com/demo/escapes.n+112(SP), BX
	0x005f 00095 (/work/wt/i/examples/demo/escapes/pool.go:34)	NOP
	0x0060 00096 (/work/wt/i/examples/demo/escapes/pool.go:34)	CALL	example.com/demo/escapes.render(SB)
	0x0065 00101 (/work/wt/i/examples/demo/escapes/pool.go:35)	XCHGL	AX, AX
	0x0066 00102 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	MOVQ	example.com/demo/escapes.w+96(SP), AX
	0x006b 00107 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	MOVQ	example.com/demo/escapes.w+104(SP), BX
	0x0070 00112 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	LEAQ	go:itab.*bytes.Buffer,io.Reader(SB), CX
	0x0077 00119 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	MOVQ	example.com/demo/escapes.src.data+64(SP), DI
	0x007c 00124 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	XORL	SI, SI
	0x007e 00126 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	XORL	R8, R8
	0x0081 00129 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	MOVL	R8, R9
	0x0084 00132 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	CALL	io.copyBuffer(SB)
	0x0089 00137 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	MOVQ	BX, example.com/demo/escapes.err.itab+56(SP)
	0x008e 00142 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/io/io.go:388)	MOVQ	CX, example.com/demo/escapes.err.data+72(SP)
	0x0093 00147 (/work/wt/i/examples/demo/escapes/pool.go:36)	LEAQ	example.com/demo/escapes.bufPool(SB), AX
	0x009a 00154 (/work/wt/i/examples/demo/escapes/pool.go:36)	LEAQ	type:*bytes.Buffer(SB), BX
	0x00a1 00161 (/work/wt/i/examples/demo/escapes/pool.go:36)	MOVQ	example.com/demo/escapes.src.data+64(SP), CX
	0x00a6 00166 (/work/wt/i/examples/demo/escapes/pool.go:36)	CALL	sync.(*Pool).Put(SB)
	0x00ab 00171 (/work/wt/i/examples/demo/escapes/pool.go:37)	MOVQ	example.com/demo/escapes.err.itab+56(SP), AX
	0x00b0 00176 (/work/wt/i/examples/demo/escapes/pool.go:37)	MOVQ	example.com/demo/escapes.err.data+72(SP), BX
	0x00b5 00181 (/work/wt/i/examples/demo/escapes/pool.go:37)	ADDQ	$80, SP
	0x00b9 00185 (/work/wt/i/examples/demo/escapes/pool.go:37)	POPQ	BP
	0x00ba 00186 (/work/wt/i/examples/demo/escapes/pool.go:37)	RET
	0x00bb 00187 (/work/wt/i/examples/demo/escapes/pool.go:32)	MOVQ	CX, BX
	0x00be 00190 (/work/wt/i/examples/demo/escapes/pool.go:32)	LEAQ	type:interface {}(SB), CX
	0x00c5 00197 (/work/wt/i/examples/demo/escapes/pool.go:32)	CALL	runtime.panicdottypeE(SB)
	0x00ca 00202 (/work/wt/i/examples/demo/escapes/pool.go:32)	XCHGL	AX, AX
	0x00cb 00203 (/work/wt/i/examples/demo/escapes/pool.go:32)	NOP
	0x00cb 00203 (/work/wt/i/examples/demo/escapes/pool.go:31)	MOVQ	AX, 8(SP)
	0x00d0 00208 (/work/wt/i/examples/demo/escapes/pool.go:31)	MOVQ	BX, 16(SP)
	0x00d5 00213 (/work/wt/i/examples/demo/escapes/pool.go:31)	MOVQ	CX, 24(SP)
	0x00da 00218 (/work/wt/i/examples/demo/escapes/pool.go:31)	CALL	runtime.morestack_noctxt(SB)
	0x00df 00223 (/work/wt/i/examples/demo/escapes/pool.go:31)	MOVQ	8(SP), AX
	0x00e4 00228 (/work/wt/i/examples/demo/escapes/pool.go:31)	MOVQ	16(SP), BX
	0x00e9 00233 (/work/wt/i/examples/demo/escapes/pool.go:31)	MOVQ	24(SP), CX
	0x00ee 00238 (/work/wt/i/examples/demo/escapes/pool.go:31)	JMP	0
example.com/demo/escapes.render STEXT size=219 align=0x0 args=0x10 locals=0x50 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/pool.go:40)	TEXT	example.com/demo/escapes.render(SB), ABIInternal, $80-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/pool.go:40)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/pool.go:40)	JLS	189
	0x000a 00010 (/work/wt/i/examples/demo/escapes/pool.go:40)	PUSHQ	BP
	0x000b 00011 (/work/wt/i/examples/demo/escapes/pool.go:40)	MOVQ	SP, BP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/pool.go:40)	SUBQ	$72, SP
	0x0012 00018 (/work/wt/i/examples/demo/escapes/pool.go:45)	MOVQ	AX, example.com/demo/escapes.buf+88(SP)
	0x0017 00023 (/work/wt/i/examples/demo/escapes/pool.go:45)	MOVQ	BX, example.com/demo/escapes.n+96(SP)
	0x001c 00028 (/work/wt/i/examples/demo/escapes/pool.go:41)	LEAQ	go:string."item-"(SB), BX
	0x0023 00035 (/work/wt/i/examples/demo/escapes/pool.go:41)	MOVL	$5, CX
	0x0028 00040 (/work/wt/i/examples/demo/escapes/pool.go:41)	CALL	bytes.(*Buffer).WriteString(SB)
	0x002d 00045 (/work/wt/i/examples/demo/escapes/pool.go:42)	LEAQ	example.com/demo/escapes.tmp+44(SP), AX
	0x0032 00050 (/work/wt/i/examples/demo/escapes/pool.go:42)	MOVUPS	X15, (AX)
	0x0036 00054 (/work/wt/i/examples/demo/escapes/pool.go:42)	MOVUPS	X15, 4(AX)
	0x003b 00059 (<unknown line number>)	NOP
	0x003b 00059 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/strconv/number.go:221)	XORL	BX, BX
	0x003d 00061 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/strconv/number.go:221)	MOVL	$20, CX
	0x0042 00066 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/strconv/number.go:221)	MOVQ	example.com/demo/escapes.n+96(SP), DI
	0x0047 00071 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/strconv/number.go:221)	MOVL	$10, SI
	0x004c 00076 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/strconv/number.go:221)	CALL	internal/strconv.AppendInt(SB)
	0x0051 00081 (/work/wt/i/examples/demo/escapes/pool.go:43)	MOVQ	CX, DI
	0x0054 00084 (/work/wt/i/examples/demo/escapes/pool.go:43)	MOVQ	BX, CX
	0x0057 00087 (/work/wt/i/examples/demo/escapes/pool.go:43)	MOVQ	AX, BX
	0x005a 00090 (/work/wt/i/examples/demo/escapes/pool.go:43)	MOVQ	example.com/demo/escapes.buf+88(SP), AX
	0x005f 00095 (/work/wt/i/examples/demo/escapes/pool.go:43)	NOP
	0x0060 00096 (/work/wt/i/examples/demo/escapes/pool.go:43)	CALL	bytes.(*Buffer).Write(SB)
	0x0065 00101 (/work/wt/i/examples/demo/escapes/pool.go:44)	MOVQ	example.com/demo/escapes.buf+88(SP), AX
	0x006a 00106 (/work/wt/i/examples/demo/escapes/pool.go:44)	LEAQ	go:string.": "(SB), BX
	0x0071 00113 (/work/wt/i/examples/demo/escapes/pool.go:44)	MOVL	$2, CX
	0x0076 00118 (/work/wt/i/examples/demo/escapes/pool.go:44)	CALL	bytes.(*Buffer).WriteString(SB)
	0x007b 00123 (/work/wt/i/examples/demo/escapes/pool.go:44)	XORL	AX, AX
	0x007d 00125 (/work/wt/i/examples/demo/escapes/pool.go:45)	JMP	162
	0x007f 00127 (/work/wt/i/examples/demo/escapes/pool.go:45)	MOVQ	AX, example.com/demo/escapes.i+64(SP)
	0x0084 00132 (/work/wt/i/examples/demo/escapes/pool.go:46)	MOVQ	example.com/demo/escapes.buf+88(SP), AX
	0x0089 00137 (/work/wt/i/examples/demo/escapes/pool.go:46)	LEAQ	go:string."0123456789abcdef"(SB), BX
	0x0090 00144 (/work/wt/i/examples/demo/escapes/pool.go:46)	MOVL	$16, CX
	0x0095 00149 (/work/wt/i/examples/demo/escapes/pool.go:46)	CALL	bytes.(*Buffer).WriteString(SB)
	0x009a 00154 (/work/wt/i/examples/demo/escapes/pool.go:45)	MOVQ	example.com/demo/escapes.i+64(SP), AX
	0x009f 00159 (/work/wt/i/examples/demo/escapes/pool.go:45)	INCQ	AX
	0x00a2 00162 (/work/wt/i/examples/demo/escapes/pool.go:45)	CMPQ	AX, $8
	0x00a6 00166 (/work/wt/i/examples/demo/escapes/pool.go:45)	JLT	127
	0x00a8 00168 (/work/wt/i/examples/demo/escapes/pool.go:48)	MOVQ	example.com/demo/escapes.buf+88(SP), AX
	0x00ad 00173 (/work/wt/i/examples/demo/escapes/pool.go:48)	MOVL	$10, BX
	0x00b2 00178 (/work/wt/i/examples/demo/escapes/pool.go:48)	CALL	bytes.(*Buffer).WriteByte(SB)
	0x00b7 00183 (/work/wt/i/examples/demo/escapes/pool.go:49)	ADDQ	$72, SP
	0x00bb 00187 (/work/wt/i/examples/demo/escapes/pool.go:49)	POPQ	BP
	0x00bc 00188 (/work/wt/i/examples/demo/escapes/pool.go:49)	RET
	0x00bd 00189 (/work/wt/i/examples/demo/escapes/pool.go:49)	NOP
	0x00bd 00189 (/work/wt/i/examples/demo/escapes/pool.go:40)	MOVQ	AX, 8(SP)
	0x00c2 00194 (/work/wt/i/examples/demo/escapes/pool.go:40)	MOVQ	BX, 16(SP)
	0x00c7 00199 (/work/wt/i/examples/demo/escapes/pool.go:40)	CALL	runtime.morestack_noctxt(SB)
	0x00cc 00204 (/work/wt/i/examples/demo/escapes/pool.go:40)	MOVQ	8(SP), AX
	0x00d1 00209 (/work/wt/i/examples/demo/escapes/pool.go:40)	MOVQ	16(SP), BX
	0x00d6 00214 (/work/wt/i/examples/demo/escapes/pool.go:40)	JMP	0
example.com/demo/escapes.ReturnPointerBefore STEXT size=114 align=0x0 args=0x10 locals=0x28 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/return_pointer.go:15)	TEXT	example.com/demo/escapes.ReturnPointerBefore(SB), ABIInternal, $40-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/return_pointer.go:15)	CMPQ	SP, 16(R14)
	0x0004 00004 (/work/wt/i/examples/demo/escapes/return_pointer.go:15)	JLS	87
	0x0006 00006 (/work/wt/i/examples/demo/escapes/return_pointer.go:15)	PUSHQ	BP
	0x0007 00007 (/work/wt/i/examples/demo/escapes/return_pointer.go:15)	MOVQ	SP, BP
	0x000a 00010 (/work/wt/i/examples/demo/escapes/return_pointer.go:15)	SUBQ	$32, SP
	0x000e 00014 (/work/wt/i/examples/demo/escapes/return_pointer.go:17)	MOVQ	AX, example.com/demo/escapes.x+48(SP)
	0x0013 00019 (/work/wt/i/examples/demo/escapes/return_pointer.go:17)	MOVQ	BX, example.com/demo/escapes.y+56(SP)
	0x0018 00024 (/work/wt/i/examples/demo/escapes/return_pointer.go:16)	MOVL	$16, AX
	0x001d 00029 (/work/wt/i/examples/demo/escapes/return_pointer.go:16)	LEAQ	type:example.com/demo/escapes.Point(SB), BX
	0x0024 00036 (/work/wt/i/examples/demo/escapes/return_pointer.go:16)	MOVL	$1, CX
	0x0029 00041 (/work/wt/i/examples/demo/escapes/return_pointer.go:16)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x002e 00046 (/work/wt/i/examples/demo/escapes/return_pointer.go:16)	MOVQ	example.com/demo/escapes.x+48(SP), DX
	0x0033 00051 (/work/wt/i/examples/demo/escapes/return_pointer.go:16)	ADDQ	DX, DX
	0x0036 00054 (/work/wt/i/examples/demo/escapes/return_pointer.go:16)	MOVQ	DX, (AX)
	0x0039 00057 (/work/wt/i/examples/demo/escapes/return_pointer.go:16)	MOVQ	example.com/demo/escapes.y+56(SP), SI
	0x003e 00062 (/work/wt/i/examples/demo/escapes/return_pointer.go:16)	ADDQ	SI, SI
	0x0041 00065 (/work/wt/i/examples/demo/escapes/return_pointer.go:16)	MOVQ	SI, 8(AX)
	0x0045 00069 (/work/wt/i/examples/demo/escapes/return_pointer.go:17)	CMPQ	SI, DX
	0x0048 00072 (/work/wt/i/examples/demo/escapes/return_pointer.go:17)	JGE	81
	0x004a 00074 (/work/wt/i/examples/demo/escapes/return_pointer.go:18)	MOVQ	SI, (AX)
	0x004d 00077 (/work/wt/i/examples/demo/escapes/return_pointer.go:18)	MOVQ	DX, 8(AX)
	0x0051 00081 (/work/wt/i/examples/demo/escapes/return_pointer.go:20)	ADDQ	$32, SP
	0x0055 00085 (/work/wt/i/examples/demo/escapes/return_pointer.go:20)	POPQ	BP
	0x0056 00086 (/work/wt/i/examples/demo/escapes/return_pointer.go:20)	RET
	0x0057 00087 (/work/wt/i/examples/demo/escapes/return_pointer.go:20)	NOP
	0x0057 00087 (/work/wt/i/examples/demo/escapes/return_pointer.go:15)	MOVQ	AX, 8(SP)
	0x005c 00092 (/work/wt/i/examples/demo/escapes/return_pointer.go:15)	MOVQ	BX, 16(SP)
	0x0061 00097 (/work/wt/i/examples/demo/escapes/return_pointer.go:15)	CALL	runtime.morestack_noctxt(SB)
	0x0066 00102 (/work/wt/i/examples/demo/escapes/return_pointer.go:15)	MOVQ	8(SP), AX
	0x006b 00107 (/work/wt/i/examples/demo/escapes/return_pointer.go:15)	MOVQ	16(SP), BX
	0x0070 00112 (/work/wt/i/examples/demo/escapes/return_pointer.go:15)	JMP	0
example.com/demo/escapes.ReturnPointerAfter STEXT nosplit size=24 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/return_pointer.go:24)	TEXT	example.com/demo/escapes.ReturnPointerAfter(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (/work/wt/i/examples/demo/escapes/return_pointer.go:25)	ADDQ	AX, AX
	0x0003 00003 (/work/wt/i/examples/demo/escapes/return_pointer.go:25)	ADDQ	BX, BX
	0x0006 00006 (/work/wt/i/examples/demo/escapes/return_pointer.go:26)	CMPQ	BX, AX
	0x0009 00009 (/work/wt/i/examples/demo/escapes/return_pointer.go:29)	MOVQ	AX, CX
	0x000c 00012 (/work/wt/i/examples/demo/escapes/return_pointer.go:29)	CMOVQLT	BX, CX
	0x0010 00016 (/work/wt/i/examples/demo/escapes/return_pointer.go:29)	CMOVQLT	AX, BX
	0x0014 00020 (/work/wt/i/examples/demo/escapes/return_pointer.go:29)	MOVQ	CX, AX
	0x0017 00023 (/work/wt/i/examples/demo/escapes/return_pointer.go:26)	RET
sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap STEXT dupok size=80 align=0x0 args=0x20 locals=0x20 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	TEXT	sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap(SB), DUPOK|ABIInternal, $32-32
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	JLS	33
	0x0006 00006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	PUSHQ	BP
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	MOVQ	SP, BP
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	SUBQ	$24, SP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:68)	TESTB	AL, (AX)
	0x0010 00016 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:68)	MOVQ	CX, BX
	0x0013 00019 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:68)	MOVQ	DI, CX
	0x0016 00022 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:68)	CALL	sync/atomic.CompareAndSwapPointer(SB)
	0x001b 00027 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:68)	ADDQ	$24, SP
	0x001f 00031 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:68)	POPQ	BP
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:68)	RET
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:68)	NOP
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	MOVQ	AX, 8(SP)
	0x0026 00038 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	MOVQ	BX, 16(SP)
	0x002b 00043 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	MOVQ	CX, 24(SP)
	0x0030 00048 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	MOVQ	DI, 32(SP)
	0x0035 00053 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	CALL	runtime.morestack_noctxt(SB)
	0x003a 00058 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	MOVQ	8(SP), AX
	0x003f 00063 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	MOVQ	16(SP), BX
	0x0044 00068 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	MOVQ	24(SP), CX
	0x0049 00073 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	MOVQ	32(SP), DI
	0x004e 00078 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	JMP	0
sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Swap STEXT dupok size=67 align=0x0 args=0x18 locals=0x18 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	TEXT	sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Swap(SB), DUPOK|ABIInternal, $24-24
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	JLS	30
	0x0006 00006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	PUSHQ	BP
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	MOVQ	SP, BP
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	SUBQ	$16, SP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	TESTB	AL, (AX)
	0x0010 00016 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	MOVQ	CX, BX
	0x0013 00019 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	CALL	sync/atomic.SwapPointer(SB)
	0x0018 00024 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	ADDQ	$16, SP
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	POPQ	BP
	0x001d 00029 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	RET
	0x001e 00030 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	NOP
	0x001e 00030 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	MOVQ	AX, 8(SP)
	0x0023 00035 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	MOVQ	BX, 16(SP)
	0x0028 00040 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	MOVQ	CX, 24(SP)
	0x002d 00045 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	CALL	runtime.morestack_noctxt(SB)
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	MOVQ	8(SP), AX
	0x0037 00055 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	MOVQ	16(SP), BX
	0x003c 00060 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	MOVQ	24(SP), CX
	0x0041 00065 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	JMP	0
sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Store STEXT dupok size=67 align=0x0 args=0x18 locals=0x18 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	TEXT	sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Store(SB), DUPOK|ABIInternal, $24-24
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	JLS	30
	0x0006 00006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	PUSHQ	BP
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	MOVQ	SP, BP
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	SUBQ	$16, SP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	TESTB	AL, (AX)
	0x0010 00016 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	MOVQ	CX, BX
	0x0013 00019 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	CALL	sync/atomic.StorePointer(SB)
	0x0018 00024 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	ADDQ	$16, SP
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	POPQ	BP
	0x001d 00029 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	RET
	0x001e 00030 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	NOP
	0x001e 00030 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	MOVQ	AX, 8(SP)
	0x0023 00035 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	MOVQ	BX, 16(SP)
	0x0028 00040 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	MOVQ	CX, 24(SP)
	0x002d 00045 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	CALL	runtime.morestack_noctxt(SB)
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	MOVQ	8(SP), AX
	0x0037 00055 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	MOVQ	16(SP), BX
	0x003c 00060 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	MOVQ	24(SP), CX
	0x0041 00065 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	JMP	0
sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Load STEXT dupok nosplit size=4 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:58)	TEXT	sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Load(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:58)	MOVQ	(AX), AX
	0x0003 00003 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:58)	RET
example.com/demo/escapes.ClosureAfter.func1 STEXT nosplit size=4 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (/work/wt/i/examples/demo/escapes/closure.go:20)	TEXT	example.com/demo/escapes.ClosureAfter.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (/work/wt/i/examples/demo/escapes/closure.go:20)	INCQ	AX
	0x0003 00003 (/work/wt/i/examples/demo/escapes/closure.go:20)	RET
sync/atomic.(*Pointer[sync.poolChainElt]).CompareAndSwap STEXT dupok size=66 align=0x0 args=0x18 locals=0x20 funcid=0x17
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	TEXT	sync/atomic.(*Pointer[sync.poolChainElt]).CompareAndSwap(SB), DUPOK|WRAPPER|ABIInternal, $32-24
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	JLS	27
	0x0006 00006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	PUSHQ	BP
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	MOVQ	SP, BP
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	SUBQ	$24, SP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:68)	TESTB	AL, (AX)
	0x0010 00016 (<unknown line number>)	NOP
	0x0010 00016 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:68)	CALL	sync/atomic.CompareAndSwapPointer(SB)
	0x0015 00021 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	ADDQ	$24, SP
	0x0019 00025 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	POPQ	BP
	0x001a 00026 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	RET
	0x001b 00027 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	NOP
	0x001b 00027 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	MOVQ	AX, 8(SP)
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	MOVQ	BX, 16(SP)
	0x0025 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	MOVQ	CX, 24(SP)
	0x002a 00042 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	CALL	runtime.morestack_noctxt(SB)
	0x002f 00047 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	MOVQ	8(SP), AX
	0x0034 00052 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	MOVQ	16(SP), BX
	0x0039 00057 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	MOVQ	24(SP), CX
	0x003e 00062 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	NOP
	0x0040 00064 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:67)	JMP	0
sync/atomic.(*Pointer[sync.poolChainElt]).Swap STEXT dupok size=54 align=0x0 args=0x10 locals=0x18 funcid=0x17
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	TEXT	sync/atomic.(*Pointer[sync.poolChainElt]).Swap(SB), DUPOK|WRAPPER|ABIInternal, $24-16
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	JLS	27
	0x0006 00006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	PUSHQ	BP
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	MOVQ	SP, BP
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	SUBQ	$16, SP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	TESTB	AL, (AX)
	0x0010 00016 (<unknown line number>)	NOP
	0x0010 00016 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	CALL	sync/atomic.SwapPointer(SB)
	0x0015 00021 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	ADDQ	$16, SP
	0x0019 00025 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	POPQ	BP
	0x001a 00026 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	RET
	0x001b 00027 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	NOP
	0x001b 00027 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	MOVQ	AX, 8(SP)
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	MOVQ	BX, 16(SP)
	0x0025 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	CALL	runtime.morestack_noctxt(SB)
	0x002a 00042 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	MOVQ	8(SP), AX
	0x002f 00047 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	MOVQ	16(SP), BX
	0x0034 00052 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:64)	JMP	0
sync/atomic.(*Pointer[sync.poolChainElt]).Store STEXT dupok size=54 align=0x0 args=0x10 locals=0x18 funcid=0x17
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	TEXT	sync/atomic.(*Pointer[sync.poolChainElt]).Store(SB), DUPOK|WRAPPER|ABIInternal, $24-16
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	JLS	27
	0x0006 00006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	PUSHQ	BP
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	MOVQ	SP, BP
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	SUBQ	$16, SP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	TESTB	AL, (AX)
	0x0010 00016 (<unknown line number>)	NOP
	0x0010 00016 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	CALL	sync/atomic.StorePointer(SB)
	0x0015 00021 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	ADDQ	$16, SP
	0x0019 00025 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	POPQ	BP
	0x001a 00026 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	RET
	0x001b 00027 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	NOP
	0x001b 00027 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	MOVQ	AX, 8(SP)
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	MOVQ	BX, 16(SP)
	0x0025 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	CALL	runtime.morestack_noctxt(SB)
	0x002a 00042 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	MOVQ	8(SP), AX
	0x002f 00047 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	MOVQ	16(SP), BX
	0x0034 00052 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:61)	JMP	0
sync/atomic.(*Pointer[sync.poolChainElt]).Load STEXT dupok nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x17
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:58)	TEXT	sync/atomic.(*Pointer[sync.poolChainElt]).Load(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (<unknown line number>)	NOP
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:58)	XCHGL	AX, AX
	0x0001 00001 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:58)	MOVQ	(AX), AX
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/atomic/type.go:58)	RET
example.com/demo/escapes.(*Scaler).Scale STEXT dupok nosplit size=24 align=0x0 args=0x10 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	example.com/demo/escapes.(*Scaler).Scale(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-16
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	18
	0x0009 00009 (<autogenerated>:1)	MOVQ	(AX), AX
	0x000c 00012 (/work/wt/i/examples/demo/escapes/method_value.go:18)	IMULQ	BX, AX
	0x0010 00016 (<unknown line number>)	NOP
	0x0010 00016 (<autogenerated>:1)	POPQ	BP
	0x0011 00017 (<autogenerated>:1)	RET
	0x0012 00018 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0017 00023 (<autogenerated>:1)	XCHGL	AX, AX
example.com/demo/escapes.Adder.Add STEXT dupok size=79 align=0x0 args=0x18 locals=0x18 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	example.com/demo/escapes.Adder.Add(SB), DUPOK|WRAPPER|ABIInternal, $24-24
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	JLS	42
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$16, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, example.com/demo/escapes.~p0+32(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, example.com/demo/escapes.~p0+40(FP)
	0x0018 00024 (<autogenerated>:1)	MOVQ	24(AX), DX
	0x001c 00028 (<autogenerated>:1)	MOVQ	BX, AX
	0x001f 00031 (<autogenerated>:1)	MOVQ	CX, BX
	0x0022 00034 (<autogenerated>:1)	CALL	DX
	0x0024 00036 (<autogenerated>:1)	ADDQ	$16, SP
	0x0028 00040 (<autogenerated>:1)	POPQ	BP
	0x0029 00041 (<autogenerated>:1)	RET
	0x002a 00042 (<autogenerated>:1)	NOP
	0x002a 00042 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x002f 00047 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0034 00052 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x0039 00057 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x003e 00062 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0043 00067 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0048 00072 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x004d 00077 (<autogenerated>:1)	JMP	0
go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.pack STEXT dupok nosplit size=14 align=0x0 args=0x10 locals=0x0 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.pack(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (<autogenerated>:1)	TESTB	AL, (AX)
	0x0002 00002 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/poolqueue.go:74)	MOVL	BX, AX
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/poolqueue.go:74)	SHLQ	$32, AX
	0x0008 00008 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/poolqueue.go:75)	MOVL	CX, CX
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/poolqueue.go:74)	ORQ	CX, AX
	0x000d 00013 (<unknown line number>)	NOP
	0x000d 00013 (<autogenerated>:1)	RET
go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.popHead STEXT dupok nosplit size=7 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.popHead(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (<autogenerated>:1)	TESTB	AL, (AX)
	0x0002 00002 (<autogenerated>:1)	JMP	sync.(*poolDequeue).popHead(SB)
go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.popTail STEXT dupok nosplit size=7 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.popTail(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (<autogenerated>:1)	TESTB	AL, (AX)
	0x0002 00002 (<autogenerated>:1)	JMP	sync.(*poolDequeue).popTail(SB)
go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.pushHead STEXT dupok nosplit size=17 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.pushHead(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (<autogenerated>:1)	MOVQ	BX, sync.val+16(FP)
	0x0005 00005 (<autogenerated>:1)	MOVQ	CX, sync.val+24(FP)
	0x000a 00010 (<autogenerated>:1)	TESTB	AL, (AX)
	0x000c 00012 (<autogenerated>:1)	JMP	sync.(*poolDequeue).pushHead(SB)
go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.unpack STEXT dupok nosplit size=10 align=0x0 args=0x10 locals=0x0 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.unpack(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (<autogenerated>:1)	TESTB	AL, (AX)
	0x0002 00002 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/poolqueue.go:67)	MOVQ	BX, AX
	0x0005 00005 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/poolqueue.go:67)	SHRQ	$32, AX
	0x0009 00009 (<unknown line number>)	NOP
	0x0009 00009 (<autogenerated>:1)	RET
example.com/demo/escapes.Scaler.Scale-fm STEXT dupok nosplit size=9 align=0x0 args=0x8 locals=0x0 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	example.com/demo/escapes.Scaler.Scale-fm(SB), DUPOK|NOSPLIT|WRAPPER|NEEDCTXT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (<autogenerated>:1)	MOVQ	8(DX), CX
	0x0004 00004 (/work/wt/i/examples/demo/escapes/method_value.go:18)	IMULQ	CX, AX
	0x0008 00008 (<unknown line number>)	NOP
	0x0008 00008 (<autogenerated>:1)	RET
go:cuinfo.producer.example.com/demo/escapes SDWARFCUINFO dupok size=0 align=0x0
go:itab.*bytes.Buffer,io.Reader SRODATA dupok size=32 align=0x8
sync/atomic..dict.Pointer[sync.poolChainElt] SRODATA dupok size=128 align=0x0
go:cuinfo.packagename.example.com/demo/escapes SDWARFCUINFO dupok size=0 align=0x0
example.com/demo/escapes..inittask SNOPTRDATA size=8 align=0x0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
type:.namedata.*[1048576]uint8- SRODATA dupok size=17 align=0x1
type:.eqfunc.M1048576 SRODATA dupok size=16 align=0x0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:[1048576]uint8 SRODATA dupok size=72 align=0x8
type:*[1048576]uint8 SRODATA dupok size=56 align=0x8
type:.namedata.*atomic.Pointer[sync.poolChainElt]. SRODATA dupok size=36 align=0x1
runtime.memequal0·f SRODATA dupok size=8 align=0x0
type:.namedata.*[0]*sync.poolChainElt- SRODATA dupok size=24 align=0x1
type:*[0]*sync.poolChainElt SRODATA dupok size=56 align=0x8
type:.namedata.*[]*sync.poolChainElt- SRODATA dupok size=23 align=0x1
type:*[]*sync.poolChainElt SRODATA dupok size=56 align=0x8
type:[]*sync.poolChainElt SRODATA dupok size=56 align=0x8
type:[0]*sync.poolChainElt SRODATA dupok size=72 align=0x8
type:.importpath.sync/atomic. SRODATA dupok size=13 align=0x1
type:.namedata._- SRODATA dupok size=3 align=0x1
type:.namedata.v- SRODATA dupok size=3 align=0x1
type:sync/atomic.Pointer[sync.poolChainElt] SRODATA dupok size=168 align=0x8
type:.namedata.*func(*atomic.Pointer[sync.poolChainElt], *sync.poolChainElt, *sync.poolChainElt) bool- SRODATA dupok size=88 align=0x1
type:*func(*sync/atomic.Pointer[sync.poolChainElt], *sync.poolChainElt, *sync.poolChainElt) bool SRODATA dupok size=56 align=0x8
type:func(*sync/atomic.Pointer[sync.poolChainElt], *sync.poolChainElt, *sync.poolChainElt) bool SRODATA dupok size=88 align=0x8
type:.namedata.*func(*atomic.Pointer[sync.poolChainElt]) *sync.poolChainElt- SRODATA dupok size=62 align=0x1
type:*func(*sync/atomic.Pointer[sync.poolChainElt]) *sync.poolChainElt SRODATA dupok size=56 align=0x8
type:func(*sync/atomic.Pointer[sync.poolChainElt]) *sync.poolChainElt SRODATA dupok size=72 align=0x8
type:.namedata.*func(*atomic.Pointer[sync.poolChainElt], *sync.poolChainElt)- SRODATA dupok size=63 align=0x1
type:*func(*sync/atomic.Pointer[sync.poolChainElt], *sync.poolChainElt) SRODATA dupok size=56 align=0x8
type:func(*sync/atomic.Pointer[sync.poolChainElt], *sync.poolChainElt) SRODATA dupok size=72 align=0x8
type:.namedata.*func(*atomic.Pointer[sync.poolChainElt], *sync.poolChainElt) *sync.poolChainElt- SRODATA dupok size=82 align=0x1
type:*func(*sync/atomic.Pointer[sync.poolChainElt], *sync.poolChainElt) *sync.poolChainElt SRODATA dupok size=56 align=0x8
type:func(*sync/atomic.Pointer[sync.poolChainElt], *sync.poolChainElt) *sync.poolChainElt SRODATA dupok size=80 align=0x8
type:.namedata.CompareAndSwap. SRODATA dupok size=16 align=0x1
type:.namedata.*func(*sync.poolChainElt, *sync.poolChainElt) bool- SRODATA dupok size=52 align=0x1
type:*func(*sync.poolChainElt, *sync.poolChainElt) bool SRODATA dupok size=56 align=0x8
type:func(*sync.poolChainElt, *sync.poolChainElt) bool SRODATA dupok size=80 align=0x8
type:.namedata.Load. SRODATA dupok size=6 align=0x1
type:.namedata.*func() *sync.poolChainElt- SRODATA dupok size=28 align=0x1
type:*func() *sync.poolChainElt SRODATA dupok size=56 align=0x8
type:func() *sync.poolChainElt SRODATA dupok size=64 align=0x8
type:.namedata.Store. SRODATA dupok size=7 align=0x1
type:.namedata.*func(*sync.poolChainElt)- SRODATA dupok size=27 align=0x1
type:*func(*sync.poolChainElt) SRODATA dupok size=56 align=0x8
type:func(*sync.poolChainElt) SRODATA dupok size=64 align=0x8
type:.namedata.Swap. SRODATA dupok size=6 align=0x1
type:.namedata.*func(*sync.poolChainElt) *sync.poolChainElt- SRODATA dupok size=46 align=0x1
type:*func(*sync.poolChainElt) *sync.poolChainElt SRODATA dupok size=56 align=0x8
type:func(*sync.poolChainElt) *sync.poolChainElt SRODATA dupok size=72 align=0x8
type:*sync/atomic.Pointer[sync.poolChainElt] SRODATA dupok size=136 align=0x8
type:.eqfunc.M800000 SRODATA dupok size=16 align=0x0
type:.namedata.*[100000]int- SRODATA dupok size=14 align=0x1
type:*[100000]int SRODATA dupok size=56 align=0x8
type:[100000]int SRODATA dupok size=72 align=0x8
type:.namedata.*chan int- SRODATA dupok size=11 align=0x1
type:*chan int SRODATA dupok size=56 align=0x8
type:chan int SRODATA dupok size=64 align=0x8
type:.namedata.*chan struct {}- SRODATA dupok size=17 align=0x1
type:*chan struct {} SRODATA dupok size=56 align=0x8
type:.namedata.*struct {}- SRODATA dupok size=12 align=0x1
type:*struct {} SRODATA dupok size=56 align=0x8
type:struct {} SRODATA dupok size=80 align=0x8
type:chan struct {} SRODATA dupok size=64 align=0x8
runtime.memequal128·f SRODATA dupok size=8 align=0x0
type:.namedata.*escapes.Message. SRODATA dupok size=18 align=0x1
type:*example.com/demo/escapes.Message SRODATA size=56 align=0x8
type:.namedata.ID. SRODATA dupok size=4 align=0x1
type:.namedata.Value. SRODATA dupok size=7 align=0x1
type:.importpath.example.com/demo/escapes. SRODATA dupok size=26 align=0x1
type:example.com/demo/escapes.Message SRODATA size=144 align=0x8
type:.namedata.*escapes.Config. SRODATA dupok size=17 align=0x1
type:*example.com/demo/escapes.Config SRODATA size=56 align=0x8
type:.namedata.Retries. SRODATA dupok size=9 align=0x1
type:.namedata.Timeout. SRODATA dupok size=9 align=0x1
type:example.com/demo/escapes.Config SRODATA size=144 align=0x8
example.com/demo/escapes.lastConfig SBSS size=8 align=0x0
 SDWARFVAR size=52 align=0x0
example.com/demo/escapes.lastConfigValue SNOPTRBSS size=16 align=0x0
 SDWARFVAR size=57 align=0x0
type:.namedata.*escapes.Holder. SRODATA dupok size=17 align=0x1
type:*example.com/demo/escapes.Holder SRODATA size=56 align=0x8
type:.namedata.C. SRODATA dupok size=3 align=0x1
type:example.com/demo/escapes.Holder SRODATA size=120 align=0x8
type:.namedata.*escapes.ValueHolder. SRODATA dupok size=22 align=0x1
type:*example.com/demo/escapes.ValueHolder SRODATA size=56 align=0x8
type:example.com/demo/escapes.ValueHolder SRODATA size=120 align=0x8
type:.namedata.*escapes.Summer. SRODATA dupok size=17 align=0x1
type:.namedata.*func(*escapes.Summer)- SRODATA dupok size=24 align=0x1
type:*func(*example.com/demo/escapes.Summer) SRODATA dupok size=56 align=0x8
type:func(*example.com/demo/escapes.Summer) SRODATA dupok size=64 align=0x8
type:.namedata.Close. SRODATA dupok size=7 align=0x1
type:.namedata.*func()- SRODATA dupok size=9 align=0x1
type:*func() SRODATA dupok size=56 align=0x8
type:func() SRODATA dupok size=56 align=0x8
type:.namedata.loop- SRODATA dupok size=6 align=0x1
type:*example.com/demo/escapes.Summer SRODATA size=104 align=0x8
runtime.gcbits.0300000000000000 SRODATA dupok size=8 align=0x8
type:.namedata.in- SRODATA dupok size=4 align=0x1
type:.namedata.out- SRODATA dupok size=5 align=0x1
type:example.com/demo/escapes.Summer SRODATA size=144 align=0x8
runtime.nilinterequal·f SRODATA dupok size=8 align=0x0
type:.namedata.*escapes.Box. SRODATA dupok size=14 align=0x1
type:*example.com/demo/escapes.Box SRODATA size=56 align=0x8
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
type:.namedata.V. SRODATA dupok size=3 align=0x1
type:example.com/demo/escapes.Box SRODATA size=120 align=0x8
type:.namedata.*escapes.IntBox. SRODATA dupok size=17 align=0x1
type:*example.com/demo/escapes.IntBox SRODATA size=56 align=0x8
type:example.com/demo/escapes.IntBox SRODATA size=120 align=0x8
example.com/demo/escapes.bigPool SDATA size=40 align=0x0
 SDWARFVAR size=49 align=0x0
go:constinfo.example.com/demo/escapes SDWARFCONST size=43 align=0x0
type:.namedata.*escapes.Scaler. SRODATA dupok size=17 align=0x1
type:.namedata.*func(*escapes.Scaler, int) int- SRODATA dupok size=33 align=0x1
type:*func(*example.com/demo/escapes.Scaler, int) int SRODATA dupok size=56 align=0x8
type:func(*example.com/demo/escapes.Scaler, int) int SRODATA dupok size=80 align=0x8
type:.namedata.Scale. SRODATA dupok size=7 align=0x1
type:.namedata.*func(int) int- SRODATA dupok size=16 align=0x1
type:*func(int) int SRODATA dupok size=56 align=0x8
type:func(int) int SRODATA dupok size=72 align=0x8
type:*example.com/demo/escapes.Scaler SRODATA size=88 align=0x8
type:.namedata.Factor. SRODATA dupok size=8 align=0x1
type:.namedata.*func(escapes.Scaler, int) int- SRODATA dupok size=32 align=0x1
type:*func(example.com/demo/escapes.Scaler, int) int SRODATA dupok size=56 align=0x8
type:func(example.com/demo/escapes.Scaler, int) int SRODATA dupok size=80 align=0x8
type:example.com/demo/escapes.Scaler SRODATA size=136 align=0x8
example.com/demo/escapes.savedScale SBSS size=8 align=0x0
 SDWARFVAR size=52 align=0x0
example.com/demo/escapes.savedScaleExpr SBSS size=8 align=0x0
 SDWARFVAR size=56 align=0x0
type:.namedata.*escapes.Counter. SRODATA dupok size=18 align=0x1
type:.namedata.*func(*escapes.Counter, *int)- SRODATA dupok size=31 align=0x1
type:*func(*example.com/demo/escapes.Counter, *int) SRODATA dupok size=56 align=0x8
type:func(*example.com/demo/escapes.Counter, *int) SRODATA dupok size=72 align=0x8
type:.namedata.Add. SRODATA dupok size=5 align=0x1
type:.namedata.*func(*int)- SRODATA dupok size=13 align=0x1
type:*func(*int) SRODATA dupok size=56 align=0x8
type:func(*int) SRODATA dupok size=64 align=0x8
type:*example.com/demo/escapes.Counter SRODATA size=88 align=0x8
type:.namedata.Total. SRODATA dupok size=7 align=0x1
type:example.com/demo/escapes.Counter SRODATA size=120 align=0x8
runtime.interequal·f SRODATA dupok size=8 align=0x0
type:.namedata.*escapes.Adder. SRODATA dupok size=16 align=0x1
type:*example.com/demo/escapes.Adder SRODATA size=56 align=0x8
type:example.com/demo/escapes.Adder SRODATA size=104 align=0x8
example.com/demo/escapes.bufPool SDATA size=40 align=0x0
 SDWARFVAR size=49 align=0x0
type:.namedata.*escapes.Point. SRODATA dupok size=16 align=0x1
type:*example.com/demo/escapes.Point SRODATA size=56 align=0x8
type:.namedata.X. SRODATA dupok size=3 align=0x1
type:.namedata.Y. SRODATA dupok size=3 align=0x1
type:example.com/demo/escapes.Point SRODATA size=144 align=0x8
example.com/demo/escapes..stmp_0 SRODATA static size=8 align=0x8
go:string."item-" SRODATA dupok size=5 align=0x1
go:string.": " SRODATA dupok size=2 align=0x1
go:string."0123456789abcdef" SRODATA dupok size=16 align=0x1
type:.namedata.*struct { F uintptr; R escapes.Scaler }- SRODATA dupok size=41 align=0x1
type:noalg.*struct { F uintptr; R example.com/demo/escapes.Scaler } SRODATA dupok size=56 align=0x8
type:.namedata.F. SRODATA dupok size=3 align=0x1
type:.namedata.R. SRODATA dupok size=3 align=0x1
type:noalg.struct { F uintptr; R example.com/demo/escapes.Scaler } SRODATA dupok size=128 align=0x8
type:.namedata.*struct { F uintptr; X0 *escapes.Summer }- SRODATA dupok size=43 align=0x1
type:noalg.*struct { F uintptr; X0 *example.com/demo/escapes.Summer } SRODATA dupok size=56 align=0x8
type:.namedata.X0. SRODATA dupok size=4 align=0x1
type:noalg.struct { F uintptr; X0 *example.com/demo/escapes.Summer } SRODATA dupok size=128 align=0x8
type:.namedata.*struct { F uintptr; X0 *int }- SRODATA dupok size=32 align=0x1
type:noalg.*struct { F uintptr; X0 *int } SRODATA dupok size=56 align=0x8
type:noalg.struct { F uintptr; X0 *int } SRODATA dupok size=128 align=0x8
type:.namedata.*struct { F uintptr; X0 int; X1 *int; X2 chan struct {} }- SRODATA dupok size=59 align=0x1
type:noalg.*struct { F uintptr; X0 int; X1 *int; X2 chan struct {} } SRODATA dupok size=56 align=0x8
runtime.gcbits.0c00000000000000 SRODATA dupok size=8 align=0x8
type:.namedata.X1. SRODATA dupok size=4 align=0x1
type:.namedata.X2. SRODATA dupok size=4 align=0x1
type:noalg.struct { F uintptr; X0 int; X1 *int; X2 chan struct {} } SRODATA dupok size=176 align=0x8
type:.namedata.*struct { F uintptr; X0 int; X1 chan int }- SRODATA dupok size=44 align=0x1
type:noalg.*struct { F uintptr; X0 int; X1 chan int } SRODATA dupok size=56 align=0x8
runtime.gcbits.0400000000000000 SRODATA dupok size=8 align=0x8
type:noalg.struct { F uintptr; X0 int; X1 chan int } SRODATA dupok size=152 align=0x8
example.com/demo/escapes.Scaler.Scale·f SRODATA dupok size=8 align=0x0
example.com/demo/escapes.init.func1·f SRODATA dupok size=8 align=0x0
example.com/demo/escapes.init.func2·f SRODATA dupok size=8 align=0x0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
example.com/demo/escapes.AppendGrowBefore.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.AppendGrowBefore.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
example.com/demo/escapes.AppendGrowAfter.arginfo1 SRODATA static dupok size=11 align=0x1
example.com/demo/escapes.AppendGrowAfter.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.AppendGrowSized.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.AppendGrowSized.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·wOtHgd1PPo+5LvI/jNo6Ag== SRODATA dupok size=10 align=0x4
example.com/demo/escapes.ChannelBefore.stkobj SRODATA static size=24 align=0x8
example.com/demo/escapes.ChannelBefore.arginfo1 SRODATA static dupok size=5 align=0x1
example.com/demo/escapes.ChannelBefore.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.ChannelAfter.arginfo1 SRODATA static dupok size=5 align=0x1
example.com/demo/escapes.ChannelAfter.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
example.com/demo/escapes.ClosureBefore.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.ClosureBefore.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.ClosureAfter.arginfo1 SRODATA static dupok size=5 align=0x1
example.com/demo/escapes.ClosureAfter.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.GlobalStoreBefore.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.GlobalStoreBefore.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.GlobalStoreAfter.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.GlobalStoreAfter.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.RememberFirst.arginfo1 SRODATA static dupok size=9 align=0x1
example.com/demo/escapes.RememberFirst.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.FieldStoreBefore.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.FieldStoreBefore.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.FieldStoreAfter.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.FieldStoreAfter.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·D6AnjkNyRZzKYVnNXnHP7g== SRODATA dupok size=8 align=0x4
gclocals·nrjlB3rPSRzBhKBofe4cDQ== SRODATA dupok size=12 align=0x4
example.com/demo/escapes.GoroutineBefore.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.GoroutineBefore.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
example.com/demo/escapes.GoroutineArgs.arginfo1 SRODATA static dupok size=5 align=0x1
example.com/demo/escapes.GoroutineArgs.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.sumTo.wrapinfo SRODATA static dupok size=4 align=0x4
example.com/demo/escapes.sumTo.arginfo1 SRODATA static dupok size=5 align=0x1
example.com/demo/escapes.sumTo.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·m8Nc9Kd3EKmHCOjN2oRGJw== SRODATA dupok size=12 align=0x4
gclocals·SuU9uJakUiwQN05B/R6nZw== SRODATA dupok size=10 align=0x4
example.com/demo/escapes.(*Summer).loop.wrapinfo SRODATA static dupok size=4 align=0x4
gclocals·mwFurZyQFy+ezr0Dhah66w== SRODATA dupok size=11 align=0x4
gclocals·Vi90HuirP9VPo7whN2aauw== SRODATA dupok size=11 align=0x4
example.com/demo/escapes.(*Summer).loop.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.(*Summer).loop.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.(*Summer).Close.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.(*Summer).Close.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.GoroutineAfter.arginfo1 SRODATA static dupok size=5 align=0x1
example.com/demo/escapes.GoroutineAfter.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·5VlIHulmjZXLybuW+4WJgQ== SRODATA dupok size=10 align=0x4
example.com/demo/escapes.InterfaceBefore.stkobj SRODATA static size=24 align=0x8
example.com/demo/escapes.InterfaceBefore.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.InterfaceBefore.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.InterfaceAfter.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.InterfaceAfter.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.InterfaceStoreBefore.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.InterfaceStoreBefore.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.InterfaceStoreAfter.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.InterfaceStoreAfter.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·A8pLD7vqL0qgY87/mhUKyA== SRODATA dupok size=10 align=0x4
example.com/demo/escapes.SmallConstantToInterface.stkobj SRODATA static size=24 align=0x8
example.com/demo/escapes.SmallConstantToInterface.arginfo1 SRODATA static dupok size=7 align=0x1
example.com/demo/escapes.SmallConstantToInterface.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.LargeArrayBefore.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.LargeArrayBefore.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.LargeNewBefore.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.LargeNewBefore.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.LargeNewAfter.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.LargeNewAfter.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.LargeArrayAfter.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.LargeArrayAfter.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.LargeArrayPooled.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.LargeArrayPooled.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.LargeFrame.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.LargeFrame.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.MakeSizeBefore.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.MakeSizeBefore.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.MakeSizeAfter.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.MakeSizeAfter.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.MakeSizeCallerBuffer.arginfo1 SRODATA static dupok size=9 align=0x1
example.com/demo/escapes.MakeSizeCallerBuffer.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.checksum.arginfo1 SRODATA static dupok size=9 align=0x1
example.com/demo/escapes.checksum.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.Scaler.Scale.arginfo1 SRODATA static dupok size=7 align=0x1
example.com/demo/escapes.Scaler.Scale.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.MethodValueBefore.arginfo1 SRODATA static dupok size=5 align=0x1
example.com/demo/escapes.MethodValueBefore.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.MethodValueAfter.arginfo1 SRODATA static dupok size=5 align=0x1
example.com/demo/escapes.MethodValueAfter.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
example.com/demo/escapes.(*Counter).Add.arginfo1 SRODATA static dupok size=5 align=0x1
example.com/demo/escapes.(*Counter).Add.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.OpaqueCallBefore.arginfo1 SRODATA static dupok size=9 align=0x1
example.com/demo/escapes.OpaqueCallBefore.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.OpaqueCallAfter.arginfo1 SRODATA static dupok size=5 align=0x1
example.com/demo/escapes.OpaqueCallAfter.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.OpaqueFuncBefore.arginfo1 SRODATA static dupok size=5 align=0x1
example.com/demo/escapes.OpaqueFuncBefore.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.OpaqueFuncAfter.arginfo1 SRODATA static dupok size=5 align=0x1
example.com/demo/escapes.OpaqueFuncAfter.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.addTo.arginfo1 SRODATA static dupok size=5 align=0x1
example.com/demo/escapes.addTo.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·GdLfj9BZmhSEM60NSJDkrw== SRODATA dupok size=11 align=0x4
example.com/demo/escapes.PoolBefore.arginfo1 SRODATA static dupok size=9 align=0x1
example.com/demo/escapes.PoolBefore.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·dT5UygjzJBfoqa4MQ9vM1g== SRODATA dupok size=13 align=0x4
gclocals·T7QyovkguCigtdNQVEfGAA== SRODATA dupok size=13 align=0x4
example.com/demo/escapes.PoolAfter.arginfo1 SRODATA static dupok size=9 align=0x1
example.com/demo/escapes.PoolAfter.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.render.arginfo1 SRODATA static dupok size=5 align=0x1
example.com/demo/escapes.render.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.ReturnPointerBefore.arginfo1 SRODATA static dupok size=5 align=0x1
example.com/demo/escapes.ReturnPointerBefore.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.ReturnPointerAfter.arginfo1 SRODATA static dupok size=5 align=0x1
example.com/demo/escapes.ReturnPointerAfter.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·fD4ythl/kgeiqfs4DULCbA== SRODATA dupok size=10 align=0x4
sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap.arginfo1 SRODATA static dupok size=7 align=0x1
sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·itaneJMpbAudh9zNu5JnHA== SRODATA dupok size=10 align=0x4
sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Swap.arginfo1 SRODATA static dupok size=5 align=0x1
sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Swap.argliveinfo SRODATA static dupok size=2 align=0x1
sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Store.arginfo1 SRODATA static dupok size=5 align=0x1
sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Store.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·JnfAVn+HlBgdPzEchG//AQ== SRODATA dupok size=10 align=0x4
sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Load.arginfo1 SRODATA static dupok size=3 align=0x1
sync/atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Load.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.ClosureAfter.func1.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.ClosureAfter.func1.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·Lqg4XELRZB83rYCUcOAvrw== SRODATA dupok size=10 align=0x4
sync/atomic.(*Pointer[sync.poolChainElt]).CompareAndSwap.arginfo1 SRODATA static dupok size=5 align=0x1
sync/atomic.(*Pointer[sync.poolChainElt]).CompareAndSwap.argliveinfo SRODATA static dupok size=2 align=0x1
sync/atomic.(*Pointer[sync.poolChainElt]).Swap.arginfo1 SRODATA static dupok size=3 align=0x1
sync/atomic.(*Pointer[sync.poolChainElt]).Swap.argliveinfo SRODATA static dupok size=2 align=0x1
sync/atomic.(*Pointer[sync.poolChainElt]).Store.arginfo1 SRODATA static dupok size=3 align=0x1
sync/atomic.(*Pointer[sync.poolChainElt]).Store.argliveinfo SRODATA static dupok size=2 align=0x1
sync/atomic.(*Pointer[sync.poolChainElt]).Load.arginfo1 SRODATA static dupok size=1 align=0x1
sync/atomic.(*Pointer[sync.poolChainElt]).Load.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.(*Scaler).Scale.arginfo1 SRODATA static dupok size=5 align=0x1
example.com/demo/escapes.(*Scaler).Scale.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·jJUmT8EancinwDq7lB+tvg== SRODATA dupok size=10 align=0x4
example.com/demo/escapes.Adder.Add.arginfo1 SRODATA static dupok size=9 align=0x1
example.com/demo/escapes.Adder.Add.argliveinfo SRODATA static dupok size=2 align=0x1
go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.pack.arginfo1 SRODATA static dupok size=5 align=0x1
go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.pack.argliveinfo SRODATA static dupok size=2 align=0x1
go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.popHead.arginfo1 SRODATA static dupok size=1 align=0x1
go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.popHead.argliveinfo SRODATA static dupok size=2 align=0x1
go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.popTail.arginfo1 SRODATA static dupok size=1 align=0x1
go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.popTail.argliveinfo SRODATA static dupok size=2 align=0x1
go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.pushHead.arginfo1 SRODATA static dupok size=7 align=0x1
go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.pushHead.argliveinfo SRODATA static dupok size=2 align=0x1
go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.unpack.arginfo1 SRODATA static dupok size=3 align=0x1
go.shape.(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.unpack.argliveinfo SRODATA static dupok size=2 align=0x1
example.com/demo/escapes.Scaler.Scale-fm.arginfo1 SRODATA static dupok size=3 align=0x1
example.com/demo/escapes.Scaler.Scale-fm.argliveinfo SRODATA static dupok size=2 align=0x1
