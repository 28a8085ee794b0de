# plugin
funcpctab plugin.open [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:42[plugin_dlopen.cgo1.go:45])	TEXT	plugin.open(SB), ABIInternal, $616-16
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:42[plugin_dlopen.cgo1.go:45])	LEAQ	-488(SP), R12
    a7      0 00167 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:52[plugin_dlopen.cgo1.go:55])	MOVQ	plugin..autotmp_161+592(SP), AX
    c4     -1 00196 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:54[plugin_dlopen.cgo1.go:57])	XCHGL	AX, AX
    c5      1 00197 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:54[plugin_dlopen.cgo1.go:57])	XCHGL	AX, AX
    c6      0 00198 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:52[plugin_dlopen.cgo1.go:55])	MOVQ	AX, CX
    c9      2 00201 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:54[plugin_dlopen.cgo1.go:57])	XORL	AX, AX
    f0     -1 00240 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:55[plugin_dlopen.cgo1.go:58])	MOVQ	plugin.~r0.ptr+240(SP), CX
   132      3 00306 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:56[plugin_dlopen.cgo1.go:59])	XCHGL	AX, AX
   133      4 00307 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:56[plugin_dlopen.cgo1.go:59])	MOVL	$-1, BX
   155     -1 00341 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:57[plugin_dlopen.cgo1.go:60])	MOVQ	plugin.p+344(SP), DX
   1c2      5 00450 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	MOVL	$16, AX
   20a     -1 00522 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	LEAQ	go:itab.*errors.errorString,error(SB), BX
   25e      6 00606 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64[plugin_dlopen.cgo1.go:67])	MOVQ	AX, BX
   2ab     -1 00683 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:65[plugin_dlopen.cgo1.go:68])	TESTQ	DX, DX
   2b5      7 00693 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:66[plugin_dlopen.cgo1.go:69])	XCHGL	AX, AX
   2b6      8 00694 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:66[plugin_dlopen.cgo1.go:69])	MOVL	$-1, BX
   2d6     -1 00726 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	MOVQ	plugin._cgoBase2+368(SP), CX
   2e1      9 00737 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	CALL	runtime.gostring(SB)
   2e6     -1 00742 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	MOVL	$13, CX
   32c     10 00812 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	MOVL	$16, AX
   377     -1 00887 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	LEAQ	go:itab.*errors.errorString,error(SB), BX
   3c9      6 00969 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64[plugin_dlopen.cgo1.go:67])	MOVQ	DX, plugin._cgo0+216(SP)
   3d1     -1 00977 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:74[plugin_dlopen.cgo1.go:77])	MOVQ	BX, plugin..autotmp_162+232(SP)
   51d     11 01309 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:93[plugin_dlopen.cgo1.go:96])	XCHGL	AX, AX
   51e     12 01310 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:93[plugin_dlopen.cgo1.go:96])	MOVL	$-1, BX
   53e     -1 01342 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:95[plugin_dlopen.cgo1.go:98])	MOVQ	plugin.initTasks.ptr+352(SP), AX
   680     13 01664 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:83[plugin_dlopen.cgo1.go:86])	XCHGL	AX, AX
   681     14 01665 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:83[plugin_dlopen.cgo1.go:86])	MOVL	$-1, BX
   6a5     -1 01701 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	XORL	AX, AX
   6f5     15 01781 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	MOVL	$16, AX
   73f     -1 01855 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	LEAQ	go:itab.*errors.errorString,error(SB), BX
   795     16 01941 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	MOVL	$16, AX
   7df     -1 02015 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	LEAQ	go:itab.*errors.errorString,error(SB), BX
   91f     17 02335 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	LEAQ	type:**plugin.C.char(SB), AX
   982     -1 02434 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	CMPL	runtime.writeBarrier(SB), $0
   a3c     18 02620 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	NOP
   a45     -1 02629 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	$13, plugin..autotmp_82+384(SP)
   b0c     19 02828 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVL	$16, AX
   b57     -1 02903 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	LEAQ	go:itab.*errors.errorString,error(SB), BX
   bed done
wrote 86 bytes to 0x38023b9a4700
 00 a7 01 02 1d 01 01 04 01 01 03 04 27 05 42 08 01 02 22 09 6d 0c 48 0b 54 0e 4d 0d 0a 10 01 02 20 11 0b 14 05 13 46 16 4b 15 52 0e 08 0d cc 02 18 01 02 20 19 c2 02 1c 01 02 24 1d 50 20 4a 1f 56 22 4a 21 c0 02 24 63 23 ba 01 26 09 25 c7 01 28 4b 27 96 01 00
-- inlining tree for plugin.open:
0 | -1 | plugin.C.GoString (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:52:24[plugin_dlopen.cgo1.go:55:63]) pc=166
1 | -1 | sync.(*Mutex).Lock (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:54:16[plugin_dlopen.cgo1.go:57:16]) pc=196
2 | 1 | internal/sync.(*Mutex).Lock (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/mutex.go:46:11) pc=197
3 | -1 | sync.(*Mutex).Unlock (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:56:19[plugin_dlopen.cgo1.go:59:19]) pc=305
4 | 3 | internal/sync.(*Mutex).Unlock (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/mutex.go:65:13) pc=306
5 | -1 | errors.New (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58:26[plugin_dlopen.cgo1.go:61:26]) pc=366
6 | -1 | plugin.open.func1 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64:74[plugin_dlopen.cgo1.go:67]) pc=605
7 | -1 | sync.(*Mutex).Unlock (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:66:19[plugin_dlopen.cgo1.go:69:19]) pc=692
8 | 7 | internal/sync.(*Mutex).Unlock (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/mutex.go:65:13) pc=693
9 | -1 | plugin.C.GoString (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67:70[plugin_dlopen.cgo1.go:70:109]) pc=726
10 | -1 | errors.New (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67:25[plugin_dlopen.cgo1.go:70:25]) pc=742
11 | -1 | sync.(*Mutex).Unlock (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:93:18[plugin_dlopen.cgo1.go:96:18]) pc=1308
12 | 11 | internal/sync.(*Mutex).Unlock (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/mutex.go:65:13) pc=1309
13 | -1 | sync.(*Mutex).Unlock (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:83:19[plugin_dlopen.cgo1.go:86:19]) pc=1663
14 | 13 | internal/sync.(*Mutex).Unlock (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/mutex.go:65:13) pc=1664
15 | -1 | errors.New (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84:25[plugin_dlopen.cgo1.go:87:25]) pc=958
16 | -1 | errors.New (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49:25[plugin_dlopen.cgo1.go:52:25]) pc=1876
17 | -1 | plugin.open.func2 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110:70[plugin_dlopen.cgo1.go:113]) pc=2334
18 | -1 | plugin.C.GoString (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112:110[plugin_dlopen.cgo1.go:115:153]) pc=2609
19 | -1 | errors.New (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112:26[plugin_dlopen.cgo1.go:115:26]) pc=2629
--
funcpctab plugin.(*Plugin).Lookup [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:91)	TEXT	plugin.(*Plugin).Lookup(SB), ABIInternal, $96-24
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:91)	CMPQ	SP, 16(R14)
    12      0 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:92)	MOVQ	AX, plugin.p+104(SP)
    4d     -1 00077 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:92)	JMP	224
    52      0 00082 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:92)	MOVQ	plugin.p+104(SP), DX
    92      1 00146 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:92)	MOVL	$16, AX
    d6     -1 00214 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:92)	MOVQ	AX, CX
   119 done
wrote 13 bytes to 0x38023b9e2860
 00 12 02 3b 01 05 02 40 02 44 03 43 00
-- inlining tree for plugin.(*Plugin).Lookup:
0 | -1 | plugin.lookup (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:92:15) pc=77
1 | 0 | errors.New (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134:24[plugin_dlopen.cgo1.go:137:24]) pc=82
--
funcpctab plugin.lookup [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:130[plugin_dlopen.cgo1.go:133])	TEXT	plugin.lookup(SB), ABIInternal, $96-24
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:130[plugin_dlopen.cgo1.go:133])	CMPQ	SP, 16(R14)
    89      0 00137 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVL	$16, AX
    c8     -1 00200 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	XORL	BX, BX
   119 done
wrote 8 bytes to 0x38023b9e2e88
 00 89 01 02 3f 01 51 00
-- inlining tree for plugin.lookup:
0 | -1 | errors.New (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134:24[plugin_dlopen.cgo1.go:137:24]) pc=73
--
funcpctab plugin.Open [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:83)	TEXT	plugin.Open(SB), ABIInternal, $24-16
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:83)	CMPQ	SP, 16(R14)
    39 done
wrote 3 bytes to 0x38023b9e34b0
 00 39 00
funcpctab plugin.C.pluginLookup [valfunc=pctoinline]
     0     -1 00000 (_cgo_gotypes.go:69)	TEXT	plugin.C.pluginLookup(SB), $32-32
     0     -1 00000 (_cgo_gotypes.go:69)	MOVQ	(TLS), R14
    d5 done
wrote 4 bytes to 0x38023b9e38d0
 00 d5 01 00
funcpctab plugin.C.realpath [valfunc=pctoinline]
     0     -1 00000 (_cgo_gotypes.go:98)	TEXT	plugin.C.realpath(SB), $32-24
     0     -1 00000 (_cgo_gotypes.go:98)	MOVQ	(TLS), R14
    9c done
wrote 4 bytes to 0x38023b9e3d10
 00 9c 01 00
funcpctab plugin.C.pluginOpen [valfunc=pctoinline]
     0     -1 00000 (_cgo_gotypes.go:84)	TEXT	plugin.C.pluginOpen(SB), $32-24
     0     -1 00000 (_cgo_gotypes.go:84)	MOVQ	(TLS), R14
    9c done
wrote 4 bytes to 0x38023ba84170
 00 9c 01 00
funcpctab plugin.C.pluginLookup [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	plugin.C.pluginLookup(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $40-24
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
    33 done
wrote 3 bytes to 0x38023ba844e0
 00 33 00
funcpctab plugin.C.GoString [valfunc=pctoinline]
     0     -1 00000 (_cgo_gotypes.go:60)	TEXT	plugin.C.GoString(SB), ABIInternal, $16-8
     0     -1 00000 (_cgo_gotypes.go:60)	CMPQ	SP, 16(R14)
    2c done
wrote 3 bytes to 0x38023ba84738
 00 2c 00
funcpctab plugin.C.pluginOpen [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	plugin.C.pluginOpen(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
    2e done
wrote 3 bytes to 0x38023ba84a28
 00 2e 00
funcpctab plugin.C.realpath [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	plugin.C.realpath(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
    2e done
wrote 3 bytes to 0x38023ba84ca8
 00 2e 00
funcpctab plugin._Cgo_ptr [valfunc=pctoinline]
     0     -1 00000 (_cgo_gotypes.go:16)	TEXT	plugin._Cgo_ptr(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0     -1 00000 (_cgo_gotypes.go:16)	RET
     1 done
wrote 3 bytes to 0x38023ba84f20
 00 01 00
funcpctab plugin.init [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	plugin.init(SB), NOSPLIT|NOFRAME|PKGINIT|ABIInternal, $0-0
     0     -1 00000 (<autogenerated>:1)	RET
     1 done
wrote 3 bytes to 0x38023ba85048
 00 01 00
plugin.open.func1 STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
plugin.open.func2 STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
plugin.init STEXT nosplit size=1 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	plugin.init(SB), NOSPLIT|NOFRAME|PKGINIT|ABIInternal, $0-0
	0x0000 00000 (<autogenerated>:1)	RET
plugin.Open STEXT size=57 align=0x0 args=0x10 locals=0x18 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:83)	TEXT	plugin.Open(SB), ABIInternal, $24-16
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:83)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:83)	JLS	30
	0x0006 00006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:83)	PUSHQ	BP
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:83)	MOVQ	SP, BP
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:83)	SUBQ	$16, SP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:83)	MOVQ	AX, plugin.path+32(FP)
	0x0013 00019 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:84)	CALL	plugin.open(SB)
	0x0018 00024 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:84)	ADDQ	$16, SP
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:84)	POPQ	BP
	0x001d 00029 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:84)	RET
	0x001e 00030 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:84)	NOP
	0x001e 00030 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:83)	MOVQ	AX, 8(SP)
	0x0023 00035 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:83)	MOVQ	BX, 16(SP)
	0x0028 00040 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:83)	CALL	runtime.morestack_noctxt(SB)
	0x002d 00045 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:83)	MOVQ	8(SP), AX
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:83)	MOVQ	16(SP), BX
	0x0037 00055 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:83)	JMP	0
plugin.(*Plugin).Lookup STEXT size=281 align=0x0 args=0x18 locals=0x60 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:91)	TEXT	plugin.(*Plugin).Lookup(SB), ABIInternal, $96-24
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:91)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:91)	JLS	239
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:91)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:91)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:91)	SUBQ	$88, SP
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	AX, plugin.p+104(SP)
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	CX, plugin.symName+120(SP)
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	BX, plugin.symName+112(SP)
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	40(AX), DX
	0x0025 00037 (<unknown line number>)	NOP
	0x0025 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	LEAQ	type:map[string]interface {}(SB), AX
	0x002c 00044 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	CX, DI
	0x002f 00047 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	BX, CX
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	DX, BX
	0x0035 00053 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	CALL	runtime.mapaccess1_faststr(SB)
	0x003a 00058 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	(AX), DX
	0x003d 00061 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	NOP
	0x0040 00064 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	TESTQ	DX, DX
	0x0043 00067 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	JEQ	82
	0x0045 00069 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	8(AX), BX
	0x0049 00073 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	XORL	AX, AX
	0x004b 00075 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	XORL	CX, CX
	0x004d 00077 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:92)	JMP	224
	0x0052 00082 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVQ	plugin.p+104(SP), DX
	0x0057 00087 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVQ	(DX), R10
	0x005a 00090 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVQ	8(DX), R11
	0x005e 00094 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	XORL	AX, AX
	0x0060 00096 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	LEAQ	go:string."plugin: symbol "(SB), BX
	0x0067 00103 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVL	$15, CX
	0x006c 00108 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVQ	plugin.symName+112(SP), DI
	0x0071 00113 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVQ	plugin.symName+120(SP), SI
	0x0076 00118 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	LEAQ	go:string." not found in plugin "(SB), R8
	0x007d 00125 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVL	$21, R9
	0x0083 00131 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	CALL	runtime.concatstring4(SB)
	0x0088 00136 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVQ	BX, plugin.text.len+72(SP)
	0x008d 00141 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVQ	AX, plugin.text.ptr+80(SP)
	0x0092 00146 (<unknown line number>)	NOP
	0x0092 00146 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVL	$16, AX
	0x0097 00151 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	LEAQ	type:errors.errorString(SB), BX
	0x009e 00158 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVL	$1, CX
	0x00a3 00163 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x00a8 00168 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.len+72(SP), DX
	0x00ad 00173 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, 8(AX)
	0x00b1 00177 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CMPL	runtime.writeBarrier(SB), $0
	0x00b8 00184 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	JNE	194
	0x00ba 00186 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+80(SP), DX
	0x00bf 00191 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	NOP
	0x00c0 00192 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	JMP	207
	0x00c2 00194 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CALL	runtime.gcWriteBarrier1(SB)
	0x00c7 00199 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+80(SP), DX
	0x00cc 00204 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, (R11)
	0x00cf 00207 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, (AX)
	0x00d2 00210 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	XORL	DX, DX
	0x00d4 00212 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	XORL	BX, BX
	0x00d6 00214 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:92)	MOVQ	AX, CX
	0x00d9 00217 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:92)	LEAQ	go:itab.*errors.errorString,error(SB), AX
	0x00e0 00224 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:92)	MOVQ	CX, DI
	0x00e3 00227 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:92)	MOVQ	AX, CX
	0x00e6 00230 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:92)	MOVQ	DX, AX
	0x00e9 00233 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:92)	ADDQ	$88, SP
	0x00ed 00237 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:92)	POPQ	BP
	0x00ee 00238 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:92)	RET
	0x00ef 00239 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:92)	NOP
	0x00ef 00239 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:91)	MOVQ	AX, 8(SP)
	0x00f4 00244 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:91)	MOVQ	BX, 16(SP)
	0x00f9 00249 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:91)	MOVQ	CX, 24(SP)
	0x00fe 00254 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:91)	NOP
	0x0100 00256 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:91)	CALL	runtime.morestack_noctxt(SB)
	0x0105 00261 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:91)	MOVQ	8(SP), AX
	0x010a 00266 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:91)	MOVQ	16(SP), BX
	0x010f 00271 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:91)	MOVQ	24(SP), CX
	0x0114 00276 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin.go:91)	JMP	0
plugin._Cgo_ptr STEXT nosplit size=1 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (_cgo_gotypes.go:16)	TEXT	plugin._Cgo_ptr(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (_cgo_gotypes.go:16)	RET
plugin.C.GoString STEXT size=44 align=0x0 args=0x8 locals=0x10 funcid=0x0
	0x0000 00000 (_cgo_gotypes.go:60)	TEXT	plugin.C.GoString(SB), ABIInternal, $16-8
	0x0000 00000 (_cgo_gotypes.go:60)	CMPQ	SP, 16(R14)
	0x0004 00004 (_cgo_gotypes.go:60)	JLS	25
	0x0006 00006 (_cgo_gotypes.go:60)	PUSHQ	BP
	0x0007 00007 (_cgo_gotypes.go:60)	MOVQ	SP, BP
	0x000a 00010 (_cgo_gotypes.go:60)	SUBQ	$8, SP
	0x000e 00014 (_cgo_gotypes.go:61)	CALL	runtime.gostring(SB)
	0x0013 00019 (_cgo_gotypes.go:61)	ADDQ	$8, SP
	0x0017 00023 (_cgo_gotypes.go:61)	POPQ	BP
	0x0018 00024 (_cgo_gotypes.go:61)	RET
	0x0019 00025 (_cgo_gotypes.go:61)	NOP
	0x0019 00025 (_cgo_gotypes.go:60)	MOVQ	AX, 8(SP)
	0x001e 00030 (_cgo_gotypes.go:60)	NOP
	0x0020 00032 (_cgo_gotypes.go:60)	CALL	runtime.morestack_noctxt(SB)
	0x0025 00037 (_cgo_gotypes.go:60)	MOVQ	8(SP), AX
	0x002a 00042 (_cgo_gotypes.go:60)	JMP	0
plugin.C.pluginLookup STEXT size=213 align=0x0 args=0x20 locals=0x20 funcid=0x0
	0x0000 00000 (_cgo_gotypes.go:69)	TEXT	plugin.C.pluginLookup(SB), $32-32
	0x0000 00000 (_cgo_gotypes.go:69)	MOVQ	(TLS), R14
	0x0009 00009 (_cgo_gotypes.go:69)	CMPQ	SP, 16(R14)
	0x000d 00013 (_cgo_gotypes.go:69)	JLS	203
	0x0013 00019 (_cgo_gotypes.go:69)	PUSHQ	BP
	0x0014 00020 (_cgo_gotypes.go:69)	MOVQ	SP, BP
	0x0017 00023 (_cgo_gotypes.go:69)	SUBQ	$24, SP
	0x001b 00027 (_cgo_gotypes.go:69)	MOVQ	$0, plugin.r1+64(SP)
	0x0024 00036 (_cgo_gotypes.go:70)	LEAQ	plugin.p0+40(SP), BX
	0x0029 00041 (_cgo_gotypes.go:70)	MOVQ	BX, plugin..autotmp_4+16(SP)
	0x002e 00046 (_cgo_gotypes.go:70)	MOVQ	plugin._cgo_a3bb3fdd7889_Cfunc_pluginLookup(SB), AX
	0x0035 00053 (_cgo_gotypes.go:70)	XORPS	X15, X15
	0x0039 00057 (_cgo_gotypes.go:70)	MOVQ	(TLS), R14
	0x0042 00066 (_cgo_gotypes.go:70)	CALL	runtime.cgocall(SB)
	0x0047 00071 (_cgo_gotypes.go:71)	CMPB	runtime.cgoAlwaysFalse(SB), $0
	0x004e 00078 (_cgo_gotypes.go:71)	JEQ	197
	0x0050 00080 (_cgo_gotypes.go:72)	MOVQ	plugin.p0+40(SP), AX
	0x0055 00085 (_cgo_gotypes.go:72)	XORPS	X15, X15
	0x0059 00089 (_cgo_gotypes.go:72)	MOVQ	(TLS), R14
	0x0062 00098 (_cgo_gotypes.go:72)	CALL	runtime.convT64(SB)
	0x0067 00103 (_cgo_gotypes.go:72)	MOVQ	AX, BX
	0x006a 00106 (_cgo_gotypes.go:72)	LEAQ	type:plugin.C.ulong(SB), AX
	0x0071 00113 (_cgo_gotypes.go:72)	XORPS	X15, X15
	0x0075 00117 (_cgo_gotypes.go:72)	MOVQ	(TLS), R14
	0x007e 00126 (_cgo_gotypes.go:72)	NOP
	0x0080 00128 (_cgo_gotypes.go:72)	CALL	runtime.cgoUse(SB)
	0x0085 00133 (_cgo_gotypes.go:73)	LEAQ	type:*plugin.C.char(SB), AX
	0x008c 00140 (_cgo_gotypes.go:73)	MOVQ	plugin.p1+48(SP), BX
	0x0091 00145 (_cgo_gotypes.go:73)	XORPS	X15, X15
	0x0095 00149 (_cgo_gotypes.go:73)	MOVQ	(TLS), R14
	0x009e 00158 (_cgo_gotypes.go:73)	NOP
	0x00a0 00160 (_cgo_gotypes.go:73)	CALL	runtime.cgoUse(SB)
	0x00a5 00165 (_cgo_gotypes.go:74)	LEAQ	type:**plugin.C.char(SB), AX
	0x00ac 00172 (_cgo_gotypes.go:74)	MOVQ	plugin.p2+56(SP), BX
	0x00b1 00177 (_cgo_gotypes.go:74)	XORPS	X15, X15
	0x00b5 00181 (_cgo_gotypes.go:74)	MOVQ	(TLS), R14
	0x00be 00190 (_cgo_gotypes.go:74)	NOP
	0x00c0 00192 (_cgo_gotypes.go:74)	CALL	runtime.cgoUse(SB)
	0x00c5 00197 (_cgo_gotypes.go:76)	ADDQ	$24, SP
	0x00c9 00201 (_cgo_gotypes.go:76)	POPQ	BP
	0x00ca 00202 (_cgo_gotypes.go:76)	RET
	0x00cb 00203 (_cgo_gotypes.go:76)	NOP
	0x00cb 00203 (_cgo_gotypes.go:69)	CALL	runtime.morestack_noctxt(SB)
	0x00d0 00208 (_cgo_gotypes.go:69)	JMP	0
plugin.C.pluginOpen STEXT size=156 align=0x0 args=0x18 locals=0x20 funcid=0x0
	0x0000 00000 (_cgo_gotypes.go:84)	TEXT	plugin.C.pluginOpen(SB), $32-24
	0x0000 00000 (_cgo_gotypes.go:84)	MOVQ	(TLS), R14
	0x0009 00009 (_cgo_gotypes.go:84)	CMPQ	SP, 16(R14)
	0x000d 00013 (_cgo_gotypes.go:84)	JLS	146
	0x0013 00019 (_cgo_gotypes.go:84)	PUSHQ	BP
	0x0014 00020 (_cgo_gotypes.go:84)	MOVQ	SP, BP
	0x0017 00023 (_cgo_gotypes.go:84)	SUBQ	$24, SP
	0x001b 00027 (_cgo_gotypes.go:84)	MOVQ	$0, plugin.r1+56(SP)
	0x0024 00036 (_cgo_gotypes.go:85)	LEAQ	plugin.p0+40(SP), BX
	0x0029 00041 (_cgo_gotypes.go:85)	MOVQ	BX, plugin..autotmp_3+16(SP)
	0x002e 00046 (_cgo_gotypes.go:85)	MOVQ	plugin._cgo_a3bb3fdd7889_Cfunc_pluginOpen(SB), AX
	0x0035 00053 (_cgo_gotypes.go:85)	XORPS	X15, X15
	0x0039 00057 (_cgo_gotypes.go:85)	MOVQ	(TLS), R14
	0x0042 00066 (_cgo_gotypes.go:85)	CALL	runtime.cgocall(SB)
	0x0047 00071 (_cgo_gotypes.go:86)	CMPB	runtime.cgoAlwaysFalse(SB), $0
	0x004e 00078 (_cgo_gotypes.go:86)	JEQ	140
	0x0050 00080 (_cgo_gotypes.go:87)	MOVQ	plugin.p0+40(SP), BX
	0x0055 00085 (_cgo_gotypes.go:87)	LEAQ	type:*plugin.C.char(SB), AX
	0x005c 00092 (_cgo_gotypes.go:87)	XORPS	X15, X15
	0x0060 00096 (_cgo_gotypes.go:87)	MOVQ	(TLS), R14
	0x0069 00105 (_cgo_gotypes.go:87)	CALL	runtime.cgoUse(SB)
	0x006e 00110 (_cgo_gotypes.go:88)	LEAQ	type:**plugin.C.char(SB), AX
	0x0075 00117 (_cgo_gotypes.go:88)	MOVQ	plugin.p1+48(SP), BX
	0x007a 00122 (_cgo_gotypes.go:88)	XORPS	X15, X15
	0x007e 00126 (_cgo_gotypes.go:88)	MOVQ	(TLS), R14
	0x0087 00135 (_cgo_gotypes.go:88)	CALL	runtime.cgoUse(SB)
	0x008c 00140 (_cgo_gotypes.go:90)	ADDQ	$24, SP
	0x0090 00144 (_cgo_gotypes.go:90)	POPQ	BP
	0x0091 00145 (_cgo_gotypes.go:90)	RET
	0x0092 00146 (_cgo_gotypes.go:90)	NOP
	0x0092 00146 (_cgo_gotypes.go:84)	CALL	runtime.morestack_noctxt(SB)
	0x0097 00151 (_cgo_gotypes.go:84)	JMP	0
plugin.C.realpath STEXT size=156 align=0x0 args=0x18 locals=0x20 funcid=0x0
	0x0000 00000 (_cgo_gotypes.go:98)	TEXT	plugin.C.realpath(SB), $32-24
	0x0000 00000 (_cgo_gotypes.go:98)	MOVQ	(TLS), R14
	0x0009 00009 (_cgo_gotypes.go:98)	CMPQ	SP, 16(R14)
	0x000d 00013 (_cgo_gotypes.go:98)	JLS	146
	0x0013 00019 (_cgo_gotypes.go:98)	PUSHQ	BP
	0x0014 00020 (_cgo_gotypes.go:98)	MOVQ	SP, BP
	0x0017 00023 (_cgo_gotypes.go:98)	SUBQ	$24, SP
	0x001b 00027 (_cgo_gotypes.go:98)	MOVQ	$0, plugin.r1+56(SP)
	0x0024 00036 (_cgo_gotypes.go:99)	LEAQ	plugin.p0+40(SP), BX
	0x0029 00041 (_cgo_gotypes.go:99)	MOVQ	BX, plugin..autotmp_3+16(SP)
	0x002e 00046 (_cgo_gotypes.go:99)	MOVQ	plugin._cgo_a3bb3fdd7889_Cfunc_realpath(SB), AX
	0x0035 00053 (_cgo_gotypes.go:99)	XORPS	X15, X15
	0x0039 00057 (_cgo_gotypes.go:99)	MOVQ	(TLS), R14
	0x0042 00066 (_cgo_gotypes.go:99)	CALL	runtime.cgocall(SB)
	0x0047 00071 (_cgo_gotypes.go:100)	CMPB	runtime.cgoAlwaysFalse(SB), $0
	0x004e 00078 (_cgo_gotypes.go:100)	JEQ	140
	0x0050 00080 (_cgo_gotypes.go:101)	MOVQ	plugin.p0+40(SP), BX
	0x0055 00085 (_cgo_gotypes.go:101)	LEAQ	type:*plugin.C.char(SB), AX
	0x005c 00092 (_cgo_gotypes.go:101)	XORPS	X15, X15
	0x0060 00096 (_cgo_gotypes.go:101)	MOVQ	(TLS), R14
	0x0069 00105 (_cgo_gotypes.go:101)	CALL	runtime.cgoUse(SB)
	0x006e 00110 (_cgo_gotypes.go:102)	LEAQ	type:*plugin.C.char(SB), AX
	0x0075 00117 (_cgo_gotypes.go:102)	MOVQ	plugin.p1+48(SP), BX
	0x007a 00122 (_cgo_gotypes.go:102)	XORPS	X15, X15
	0x007e 00126 (_cgo_gotypes.go:102)	MOVQ	(TLS), R14
	0x0087 00135 (_cgo_gotypes.go:102)	CALL	runtime.cgoUse(SB)
	0x008c 00140 (_cgo_gotypes.go:104)	ADDQ	$24, SP
	0x0090 00144 (_cgo_gotypes.go:104)	POPQ	BP
	0x0091 00145 (_cgo_gotypes.go:104)	RET
	0x0092 00146 (_cgo_gotypes.go:104)	NOP
	0x0092 00146 (_cgo_gotypes.go:98)	CALL	runtime.morestack_noctxt(SB)
	0x0097 00151 (_cgo_gotypes.go:98)	JMP	0
plugin.open STEXT size=3053 align=0x0 args=0x10 locals=0x268 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:42[plugin_dlopen.cgo1.go:45])	TEXT	plugin.open(SB), ABIInternal, $616-16
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:42[plugin_dlopen.cgo1.go:45])	LEAQ	-488(SP), R12
	0x0008 00008 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:42[plugin_dlopen.cgo1.go:45])	CMPQ	R12, 16(R14)
	0x000c 00012 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:42[plugin_dlopen.cgo1.go:45])	JLS	3023
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:42[plugin_dlopen.cgo1.go:45])	PUSHQ	BP
	0x0013 00019 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:42[plugin_dlopen.cgo1.go:45])	MOVQ	SP, BP
	0x0016 00022 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:42[plugin_dlopen.cgo1.go:45])	SUBQ	$608, SP
	0x001d 00029 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:47[plugin_dlopen.cgo1.go:50])	MOVQ	AX, plugin.name+624(SP)
	0x0025 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:47[plugin_dlopen.cgo1.go:50])	MOVQ	BX, plugin.name+632(SP)
	0x002d 00045 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:43[plugin_dlopen.cgo1.go:46])	LEAQ	type:uint8(SB), AX
	0x0034 00052 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:43[plugin_dlopen.cgo1.go:46])	MOVL	$4097, BX
	0x0039 00057 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:43[plugin_dlopen.cgo1.go:46])	MOVL	BX, CX
	0x003b 00059 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:43[plugin_dlopen.cgo1.go:46])	NOP
	0x0040 00064 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:43[plugin_dlopen.cgo1.go:46])	CALL	runtime.makeslice(SB)
	0x0045 00069 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:43[plugin_dlopen.cgo1.go:46])	MOVQ	AX, plugin..autotmp_161+592(SP)
	0x004d 00077 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:44[plugin_dlopen.cgo1.go:47])	MOVQ	plugin.name+632(SP), BX
	0x0055 00085 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:44[plugin_dlopen.cgo1.go:47])	LEAQ	1(BX), DX
	0x0059 00089 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:44[plugin_dlopen.cgo1.go:47])	LEAQ	type:uint8(SB), AX
	0x0060 00096 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:44[plugin_dlopen.cgo1.go:47])	MOVQ	BX, CX
	0x0063 00099 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:44[plugin_dlopen.cgo1.go:47])	MOVQ	plugin.name+624(SP), DI
	0x006b 00107 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:44[plugin_dlopen.cgo1.go:47])	MOVQ	DX, BX
	0x006e 00110 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:44[plugin_dlopen.cgo1.go:47])	CALL	runtime.makeslicecopy(SB)
	0x0073 00115 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:46[plugin_dlopen.cgo1.go:49])	MOVQ	AX, (SP)
	0x0077 00119 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:46[plugin_dlopen.cgo1.go:49])	MOVQ	plugin..autotmp_161+592(SP), DX
	0x007f 00127 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:46[plugin_dlopen.cgo1.go:49])	MOVQ	DX, 8(SP)
	0x0084 00132 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:46[plugin_dlopen.cgo1.go:49])	CALL	plugin.C.realpath(SB)
	0x0089 00137 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:46[plugin_dlopen.cgo1.go:49])	XORPS	X15, X15
	0x008d 00141 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:46[plugin_dlopen.cgo1.go:49])	MOVQ	(TLS), R14
	0x0096 00150 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:46[plugin_dlopen.cgo1.go:49])	CMPQ	16(SP), $0
	0x009c 00156 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:46[plugin_dlopen.cgo1.go:49])	NOP
	0x00a0 00160 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:48[plugin_dlopen.cgo1.go:51])	JEQ	1876
	0x00a6 00166 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:52[plugin_dlopen.cgo1.go:55])	XCHGL	AX, AX
	0x00a7 00167 (_cgo_gotypes.go:61)	MOVQ	plugin..autotmp_161+592(SP), AX
	0x00af 00175 (_cgo_gotypes.go:61)	CALL	runtime.gostring(SB)
	0x00b4 00180 (_cgo_gotypes.go:61)	MOVQ	AX, plugin.~r0.ptr+240(SP)
	0x00bc 00188 (_cgo_gotypes.go:61)	MOVQ	BX, plugin.~r0.len+128(SP)
	0x00c4 00196 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:54[plugin_dlopen.cgo1.go:57])	XCHGL	AX, AX
	0x00c5 00197 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/mutex.go:46)	XCHGL	AX, AX
	0x00c6 00198 (_cgo_gotypes.go:61)	MOVQ	AX, CX
	0x00c9 00201 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:63)	XORL	AX, AX
	0x00cb 00203 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:63)	LEAQ	plugin.pluginsMu(SB), DX
	0x00d2 00210 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:63)	MOVL	$1, SI
	0x00d7 00215 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:63)	LOCK
	0x00d8 00216 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:63)	CMPXCHGL	SI, (DX)
	0x00db 00219 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:63)	SETEQ	DL
	0x00de 00222 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:63)	NOP
	0x00e0 00224 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:63)	TESTB	DL, DL
	0x00e2 00226 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:63)	JNE	256
	0x00e4 00228 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:70)	LEAQ	plugin.pluginsMu(SB), AX
	0x00eb 00235 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:70)	CALL	internal/sync.(*Mutex).lockSlow(SB)
	0x00f0 00240 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:55[plugin_dlopen.cgo1.go:58])	MOVQ	plugin.~r0.ptr+240(SP), CX
	0x00f8 00248 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:55[plugin_dlopen.cgo1.go:58])	MOVQ	plugin.~r0.len+128(SP), BX
	0x0100 00256 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:55[plugin_dlopen.cgo1.go:58])	MOVQ	plugin.plugins(SB), DX
	0x0107 00263 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:55[plugin_dlopen.cgo1.go:58])	LEAQ	type:map[string]*plugin.Plugin(SB), AX
	0x010e 00270 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:55[plugin_dlopen.cgo1.go:58])	MOVQ	BX, DI
	0x0111 00273 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:55[plugin_dlopen.cgo1.go:58])	MOVQ	DX, BX
	0x0114 00276 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:55[plugin_dlopen.cgo1.go:58])	CALL	runtime.mapaccess1_faststr(SB)
	0x0119 00281 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:55[plugin_dlopen.cgo1.go:58])	MOVQ	(AX), DX
	0x011c 00284 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:55[plugin_dlopen.cgo1.go:58])	NOP
	0x0120 00288 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:55[plugin_dlopen.cgo1.go:58])	TESTQ	DX, DX
	0x0123 00291 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:55[plugin_dlopen.cgo1.go:58])	JEQ	575
	0x0129 00297 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:55[plugin_dlopen.cgo1.go:58])	MOVQ	DX, plugin.p+344(SP)
	0x0131 00305 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:56[plugin_dlopen.cgo1.go:59])	XCHGL	AX, AX
	0x0132 00306 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/mutex.go:65)	XCHGL	AX, AX
	0x0133 00307 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	MOVL	$-1, BX
	0x0138 00312 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	LEAQ	plugin.pluginsMu(SB), R12
	0x013f 00319 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	LOCK
	0x0140 00320 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	XADDL	BX, (R12)
	0x0145 00325 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	DECL	BX
	0x0147 00327 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:195)	JEQ	349
	0x0149 00329 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:198)	LEAQ	plugin.pluginsMu(SB), AX
	0x0150 00336 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:198)	CALL	internal/sync.(*Mutex).unlockSlow(SB)
	0x0155 00341 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:57[plugin_dlopen.cgo1.go:60])	MOVQ	plugin.p+344(SP), DX
	0x015d 00349 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:57[plugin_dlopen.cgo1.go:60])	MOVQ	24(DX), R11
	0x0161 00353 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:57[plugin_dlopen.cgo1.go:60])	TESTQ	R11, R11
	0x0164 00356 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:57[plugin_dlopen.cgo1.go:60])	JEQ	543
	0x016a 00362 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:57[plugin_dlopen.cgo1.go:60])	MOVQ	16(DX), R10
	0x016e 00366 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	LEAQ	go:string." (previous failure)"(SB), DX
	0x0175 00373 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	MOVQ	DX, (SP)
	0x0179 00377 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	MOVQ	$19, 8(SP)
	0x0182 00386 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	XORL	AX, AX
	0x0184 00388 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	LEAQ	go:string."plugin.Open(\""(SB), BX
	0x018b 00395 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	MOVL	$13, CX
	0x0190 00400 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	MOVQ	plugin.name+624(SP), DI
	0x0198 00408 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	MOVQ	plugin.name+632(SP), SI
	0x01a0 00416 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	LEAQ	go:string."\"): "(SB), R8
	0x01a7 00423 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	MOVL	$4, R9
	0x01ad 00429 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	CALL	runtime.concatstring5(SB)
	0x01b2 00434 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	MOVQ	BX, plugin.text.len+160(SP)
	0x01ba 00442 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	MOVQ	AX, plugin.text.ptr+280(SP)
	0x01c2 00450 (<unknown line number>)	NOP
	0x01c2 00450 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVL	$16, AX
	0x01c7 00455 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	LEAQ	type:errors.errorString(SB), BX
	0x01ce 00462 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVL	$1, CX
	0x01d3 00467 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x01d8 00472 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.len+160(SP), DX
	0x01e0 00480 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, 8(AX)
	0x01e4 00484 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CMPL	runtime.writeBarrier(SB), $0
	0x01eb 00491 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	JNE	503
	0x01ed 00493 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+280(SP), DX
	0x01f5 00501 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	JMP	519
	0x01f7 00503 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CALL	runtime.gcWriteBarrier1(SB)
	0x01fc 00508 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+280(SP), DX
	0x0204 00516 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, (R11)
	0x0207 00519 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, (AX)
	0x020a 00522 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	LEAQ	go:itab.*errors.errorString,error(SB), BX
	0x0211 00529 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	MOVQ	AX, CX
	0x0214 00532 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	XORL	AX, AX
	0x0216 00534 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	ADDQ	$608, SP
	0x021d 00541 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	POPQ	BP
	0x021e 00542 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:58[plugin_dlopen.cgo1.go:61])	RET
	0x021f 00543 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:60[plugin_dlopen.cgo1.go:63])	MOVQ	32(DX), AX
	0x0223 00547 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:60[plugin_dlopen.cgo1.go:63])	XORL	BX, BX
	0x0225 00549 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:60[plugin_dlopen.cgo1.go:63])	CALL	runtime.chanrecv1(SB)
	0x022a 00554 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:61[plugin_dlopen.cgo1.go:64])	MOVQ	plugin.p+344(SP), AX
	0x0232 00562 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:61[plugin_dlopen.cgo1.go:64])	XORL	BX, BX
	0x0234 00564 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:61[plugin_dlopen.cgo1.go:64])	XORL	CX, CX
	0x0236 00566 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:61[plugin_dlopen.cgo1.go:64])	ADDQ	$608, SP
	0x023d 00573 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:61[plugin_dlopen.cgo1.go:64])	POPQ	BP
	0x023e 00574 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:61[plugin_dlopen.cgo1.go:64])	RET
	0x023f 00575 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:63[plugin_dlopen.cgo1.go:66])	MOVL	$8, AX
	0x0244 00580 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:63[plugin_dlopen.cgo1.go:66])	LEAQ	type:*plugin.C.char(SB), BX
	0x024b 00587 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:63[plugin_dlopen.cgo1.go:66])	MOVL	$1, CX
	0x0250 00592 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:63[plugin_dlopen.cgo1.go:66])	CALL	runtime.mallocgcSmallScanNoHeaderSC1(SB)
	0x0255 00597 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:63[plugin_dlopen.cgo1.go:66])	MOVQ	AX, plugin._cgoBase2+368(SP)
	0x025d 00605 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64[plugin_dlopen.cgo1.go:67])	XCHGL	AX, AX
	0x025e 00606 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64[plugin_dlopen.cgo1.go:67])	MOVQ	AX, BX
	0x0261 00609 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64[plugin_dlopen.cgo1.go:67])	LEAQ	type:bool(SB), CX
	0x0268 00616 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64[plugin_dlopen.cgo1.go:67])	LEAQ	runtime.staticuint64s+8(SB), DI
	0x026f 00623 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64[plugin_dlopen.cgo1.go:67])	LEAQ	type:**plugin.C.char(SB), AX
	0x0276 00630 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64[plugin_dlopen.cgo1.go:67])	CALL	runtime.cgoCheckPointer(SB)
	0x027b 00635 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64[plugin_dlopen.cgo1.go:67])	MOVQ	plugin..autotmp_161+592(SP), DX
	0x0283 00643 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64[plugin_dlopen.cgo1.go:67])	MOVQ	DX, (SP)
	0x0287 00647 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64[plugin_dlopen.cgo1.go:67])	MOVQ	plugin._cgoBase2+368(SP), DX
	0x028f 00655 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64[plugin_dlopen.cgo1.go:67])	MOVQ	DX, 8(SP)
	0x0294 00660 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64[plugin_dlopen.cgo1.go:67])	CALL	plugin.C.pluginOpen(SB)
	0x0299 00665 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64[plugin_dlopen.cgo1.go:67])	XORPS	X15, X15
	0x029d 00669 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64[plugin_dlopen.cgo1.go:67])	MOVQ	(TLS), R14
	0x02a6 00678 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64[plugin_dlopen.cgo1.go:67])	MOVQ	16(SP), DX
	0x02ab 00683 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:65[plugin_dlopen.cgo1.go:68])	TESTQ	DX, DX
	0x02ae 00686 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:65[plugin_dlopen.cgo1.go:68])	JNE	908
	0x02b4 00692 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:66[plugin_dlopen.cgo1.go:69])	XCHGL	AX, AX
	0x02b5 00693 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/mutex.go:65)	XCHGL	AX, AX
	0x02b6 00694 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	MOVL	$-1, BX
	0x02bb 00699 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	LEAQ	plugin.pluginsMu(SB), CX
	0x02c2 00706 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	LOCK
	0x02c3 00707 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	XADDL	BX, (CX)
	0x02c6 00710 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	DECL	BX
	0x02c8 00712 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:195)	JEQ	726
	0x02ca 00714 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:198)	LEAQ	plugin.pluginsMu(SB), AX
	0x02d1 00721 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:198)	CALL	internal/sync.(*Mutex).unlockSlow(SB)
	0x02d6 00726 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	MOVQ	plugin._cgoBase2+368(SP), CX
	0x02de 00734 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	MOVQ	(CX), AX
	0x02e1 00737 (<unknown line number>)	NOP
	0x02e1 00737 (_cgo_gotypes.go:61)	CALL	runtime.gostring(SB)
	0x02e6 00742 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	MOVL	$13, CX
	0x02eb 00747 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	MOVQ	plugin.name+624(SP), DI
	0x02f3 00755 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	MOVQ	plugin.name+632(SP), SI
	0x02fb 00763 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	LEAQ	go:string."\"): "(SB), R8
	0x0302 00770 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	MOVL	$4, R9
	0x0308 00776 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	MOVQ	AX, R10
	0x030b 00779 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	MOVQ	BX, R11
	0x030e 00782 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	XORL	AX, AX
	0x0310 00784 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	LEAQ	go:string."plugin.Open(\""(SB), BX
	0x0317 00791 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	CALL	runtime.concatstring4(SB)
	0x031c 00796 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	MOVQ	BX, plugin.text.len+152(SP)
	0x0324 00804 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	MOVQ	AX, plugin.text.ptr+272(SP)
	0x032c 00812 (<unknown line number>)	NOP
	0x032c 00812 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVL	$16, AX
	0x0331 00817 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	LEAQ	type:errors.errorString(SB), BX
	0x0338 00824 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVL	$1, CX
	0x033d 00829 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	NOP
	0x0340 00832 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x0345 00837 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.len+152(SP), CX
	0x034d 00845 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	CX, 8(AX)
	0x0351 00849 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CMPL	runtime.writeBarrier(SB), $0
	0x0358 00856 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	JNE	868
	0x035a 00858 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+272(SP), DX
	0x0362 00866 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	JMP	884
	0x0364 00868 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CALL	runtime.gcWriteBarrier1(SB)
	0x0369 00873 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+272(SP), DX
	0x0371 00881 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, (R11)
	0x0374 00884 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, (AX)
	0x0377 00887 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	LEAQ	go:itab.*errors.errorString,error(SB), BX
	0x037e 00894 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	MOVQ	AX, CX
	0x0381 00897 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	XORL	AX, AX
	0x0383 00899 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	ADDQ	$608, SP
	0x038a 00906 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	POPQ	BP
	0x038b 00907 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:67[plugin_dlopen.cgo1.go:70])	RET
	0x038c 00908 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:71[plugin_dlopen.cgo1.go:74])	MOVQ	plugin.name+632(SP), AX
	0x0394 00916 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:71[plugin_dlopen.cgo1.go:74])	CMPQ	AX, $3
	0x0398 00920 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:71[plugin_dlopen.cgo1.go:74])	JLE	958
	0x039a 00922 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:71[plugin_dlopen.cgo1.go:74])	MOVQ	plugin.name+624(SP), CX
	0x03a2 00930 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:71[plugin_dlopen.cgo1.go:74])	MOVWLZX	-3(AX)(CX*1), BX
	0x03a7 00935 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:71[plugin_dlopen.cgo1.go:74])	CMPW	BX, $29486
	0x03ac 00940 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:71[plugin_dlopen.cgo1.go:74])	JNE	966
	0x03ae 00942 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:71[plugin_dlopen.cgo1.go:74])	MOVBLZX	-1(AX)(CX*1), BX
	0x03b3 00947 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:71[plugin_dlopen.cgo1.go:74])	CMPB	BL, $111
	0x03b6 00950 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:71[plugin_dlopen.cgo1.go:74])	JNE	966
	0x03b8 00952 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:71[plugin_dlopen.cgo1.go:74])	LEAQ	-3(AX), BX
	0x03bc 00956 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:72[plugin_dlopen.cgo1.go:75])	JMP	969
	0x03be 00958 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	MOVQ	plugin.name+624(SP), CX
	0x03c6 00966 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:74[plugin_dlopen.cgo1.go:77])	MOVQ	AX, BX
	0x03c9 00969 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:64[plugin_dlopen.cgo1.go:67])	MOVQ	DX, plugin._cgo0+216(SP)
	0x03d1 00977 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:74[plugin_dlopen.cgo1.go:77])	MOVQ	BX, plugin..autotmp_162+232(SP)
	0x03d9 00985 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:74[plugin_dlopen.cgo1.go:77])	CMPQ	plugin.plugins(SB), $0
	0x03e1 00993 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:74[plugin_dlopen.cgo1.go:77])	JNE	1035
	0x03e3 00995 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:75[plugin_dlopen.cgo1.go:78])	CALL	runtime.makemap_small(SB)
	0x03e8 01000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:75[plugin_dlopen.cgo1.go:78])	CMPL	runtime.writeBarrier(SB), $0
	0x03ef 01007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:75[plugin_dlopen.cgo1.go:78])	JEQ	1028
	0x03f1 01009 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:75[plugin_dlopen.cgo1.go:78])	MOVQ	plugin.plugins(SB), CX
	0x03f8 01016 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:75[plugin_dlopen.cgo1.go:78])	CALL	runtime.gcWriteBarrier2(SB)
	0x03fd 01021 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:75[plugin_dlopen.cgo1.go:78])	MOVQ	AX, (R11)
	0x0400 01024 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:75[plugin_dlopen.cgo1.go:78])	MOVQ	CX, 8(R11)
	0x0404 01028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:75[plugin_dlopen.cgo1.go:78])	MOVQ	AX, plugin.plugins(SB)
	0x040b 01035 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:77[plugin_dlopen.cgo1.go:80])	CALL	plugin.lastmoduleinit(SB)
	0x0410 01040 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:77[plugin_dlopen.cgo1.go:80])	MOVQ	AX, plugin.pluginpath.ptr+328(SP)
	0x0418 01048 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:77[plugin_dlopen.cgo1.go:80])	MOVQ	BX, plugin.pluginpath.len+184(SP)
	0x0420 01056 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:78[plugin_dlopen.cgo1.go:81])	TESTQ	R10, R10
	0x0423 01059 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:78[plugin_dlopen.cgo1.go:81])	JNE	1451
	0x0429 01065 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:77[plugin_dlopen.cgo1.go:80])	MOVQ	R8, plugin.initTasks.cap+200(SP)
	0x0431 01073 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:77[plugin_dlopen.cgo1.go:80])	MOVQ	SI, plugin.initTasks.len+192(SP)
	0x0439 01081 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:77[plugin_dlopen.cgo1.go:80])	MOVQ	DI, plugin.initTasks.ptr+352(SP)
	0x0441 01089 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:77[plugin_dlopen.cgo1.go:80])	MOVQ	CX, plugin.syms+296(SP)
	0x0449 01097 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:90[plugin_dlopen.cgo1.go:93])	LEAQ	type:chan struct {}(SB), AX
	0x0450 01104 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:90[plugin_dlopen.cgo1.go:93])	XORL	BX, BX
	0x0452 01106 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:90[plugin_dlopen.cgo1.go:93])	CALL	runtime.makechan(SB)
	0x0457 01111 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:90[plugin_dlopen.cgo1.go:93])	MOVQ	AX, plugin..autotmp_163+584(SP)
	0x045f 01119 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:88[plugin_dlopen.cgo1.go:91])	MOVL	$48, AX
	0x0464 01124 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:88[plugin_dlopen.cgo1.go:91])	LEAQ	type:plugin.Plugin(SB), BX
	0x046b 01131 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:88[plugin_dlopen.cgo1.go:91])	MOVL	$1, CX
	0x0470 01136 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:88[plugin_dlopen.cgo1.go:91])	CALL	runtime.mallocgcSmallScanNoHeaderSC5(SB)
	0x0475 01141 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:89[plugin_dlopen.cgo1.go:92])	MOVQ	plugin.pluginpath.len+184(SP), CX
	0x047d 01149 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:89[plugin_dlopen.cgo1.go:92])	MOVQ	CX, 8(AX)
	0x0481 01153 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:89[plugin_dlopen.cgo1.go:92])	CMPL	runtime.writeBarrier(SB), $0
	0x0488 01160 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:89[plugin_dlopen.cgo1.go:92])	JNE	1184
	0x048a 01162 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:89[plugin_dlopen.cgo1.go:92])	MOVQ	plugin.pluginpath.ptr+328(SP), DX
	0x0492 01170 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:90[plugin_dlopen.cgo1.go:93])	MOVQ	plugin..autotmp_163+584(SP), SI
	0x049a 01178 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:89[plugin_dlopen.cgo1.go:92])	JMP	1212
	0x049c 01180 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:89[plugin_dlopen.cgo1.go:92])	NOP
	0x04a0 01184 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:89[plugin_dlopen.cgo1.go:92])	CALL	runtime.gcWriteBarrier2(SB)
	0x04a5 01189 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:89[plugin_dlopen.cgo1.go:92])	MOVQ	plugin.pluginpath.ptr+328(SP), DX
	0x04ad 01197 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:89[plugin_dlopen.cgo1.go:92])	MOVQ	DX, (R11)
	0x04b0 01200 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:90[plugin_dlopen.cgo1.go:93])	MOVQ	plugin..autotmp_163+584(SP), SI
	0x04b8 01208 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:90[plugin_dlopen.cgo1.go:93])	MOVQ	SI, 8(R11)
	0x04bc 01212 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:88[plugin_dlopen.cgo1.go:91])	MOVQ	AX, plugin.p+336(SP)
	0x04c4 01220 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:89[plugin_dlopen.cgo1.go:92])	MOVQ	DX, (AX)
	0x04c7 01223 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:90[plugin_dlopen.cgo1.go:93])	MOVQ	SI, 32(AX)
	0x04cb 01227 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:92[plugin_dlopen.cgo1.go:95])	MOVQ	plugin.plugins(SB), BX
	0x04d2 01234 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:92[plugin_dlopen.cgo1.go:95])	LEAQ	type:map[string]*plugin.Plugin(SB), AX
	0x04d9 01241 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:92[plugin_dlopen.cgo1.go:95])	MOVQ	plugin.~r0.ptr+240(SP), CX
	0x04e1 01249 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:92[plugin_dlopen.cgo1.go:95])	MOVQ	plugin.~r0.len+128(SP), DI
	0x04e9 01257 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:92[plugin_dlopen.cgo1.go:95])	CALL	runtime.mapassign_faststr(SB)
	0x04ee 01262 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:92[plugin_dlopen.cgo1.go:95])	CMPL	runtime.writeBarrier(SB), $0
	0x04f5 01269 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:92[plugin_dlopen.cgo1.go:95])	JNE	1282
	0x04f7 01271 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:92[plugin_dlopen.cgo1.go:95])	MOVQ	plugin.p+336(SP), SI
	0x04ff 01279 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:92[plugin_dlopen.cgo1.go:95])	NOP
	0x0500 01280 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:92[plugin_dlopen.cgo1.go:95])	JMP	1305
	0x0502 01282 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:92[plugin_dlopen.cgo1.go:95])	MOVQ	(AX), DX
	0x0505 01285 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:92[plugin_dlopen.cgo1.go:95])	CALL	runtime.gcWriteBarrier2(SB)
	0x050a 01290 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:92[plugin_dlopen.cgo1.go:95])	MOVQ	plugin.p+336(SP), SI
	0x0512 01298 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:92[plugin_dlopen.cgo1.go:95])	MOVQ	SI, (R11)
	0x0515 01301 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:92[plugin_dlopen.cgo1.go:95])	MOVQ	DX, 8(R11)
	0x0519 01305 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:92[plugin_dlopen.cgo1.go:95])	MOVQ	SI, (AX)
	0x051c 01308 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:93[plugin_dlopen.cgo1.go:96])	XCHGL	AX, AX
	0x051d 01309 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/mutex.go:65)	XCHGL	AX, AX
	0x051e 01310 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	MOVL	$-1, BX
	0x0523 01315 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	LEAQ	plugin.pluginsMu(SB), DX
	0x052a 01322 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	LOCK
	0x052b 01323 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	XADDL	BX, (DX)
	0x052e 01326 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	DECL	BX
	0x0530 01328 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:195)	JEQ	1342
	0x0532 01330 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:198)	LEAQ	plugin.pluginsMu(SB), AX
	0x0539 01337 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:198)	CALL	internal/sync.(*Mutex).unlockSlow(SB)
	0x053e 01342 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:95[plugin_dlopen.cgo1.go:98])	MOVQ	plugin.initTasks.ptr+352(SP), AX
	0x0546 01350 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:95[plugin_dlopen.cgo1.go:98])	MOVQ	plugin.initTasks.len+192(SP), BX
	0x054e 01358 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:95[plugin_dlopen.cgo1.go:98])	MOVQ	plugin.initTasks.cap+200(SP), CX
	0x0556 01366 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:95[plugin_dlopen.cgo1.go:98])	CALL	runtime.doInit(SB)
	0x055b 01371 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:95[plugin_dlopen.cgo1.go:98])	NOP
	0x0560 01376 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:98[plugin_dlopen.cgo1.go:101])	CALL	runtime.makemap_small(SB)
	0x0565 01381 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:98[plugin_dlopen.cgo1.go:101])	MOVQ	AX, plugin.updatedSyms+248(SP)
	0x056d 01389 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	LEAQ	plugin..autotmp_80+472(SP), CX
	0x0575 01397 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	MOVUPS	X15, (CX)
	0x0579 01401 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	MOVUPS	X15, 16(CX)
	0x057e 01406 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	MOVUPS	X15, 32(CX)
	0x0583 01411 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	MOVUPS	X15, 48(CX)
	0x0588 01416 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	MOVUPS	X15, 64(CX)
	0x058d 01421 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	MOVUPS	X15, 80(CX)
	0x0592 01426 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	LEAQ	type:map[string]interface {}(SB), AX
	0x0599 01433 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	MOVQ	plugin.syms+296(SP), BX
	0x05a1 01441 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	CALL	runtime.mapIterStart(SB)
	0x05a6 01446 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	JMP	2053
	0x05ab 01451 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:77[plugin_dlopen.cgo1.go:80])	MOVQ	R9, plugin.errstr.ptr+360(SP)
	0x05b3 01459 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:77[plugin_dlopen.cgo1.go:80])	MOVQ	R10, plugin.errstr.len+208(SP)
	0x05bb 01467 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	MOVL	$48, AX
	0x05c0 01472 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	LEAQ	type:plugin.Plugin(SB), BX
	0x05c7 01479 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	MOVL	$1, CX
	0x05cc 01484 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	CALL	runtime.mallocgcSmallScanNoHeaderSC5(SB)
	0x05d1 01489 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:80[plugin_dlopen.cgo1.go:83])	MOVQ	plugin.pluginpath.len+184(SP), DX
	0x05d9 01497 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:80[plugin_dlopen.cgo1.go:83])	MOVQ	DX, 8(AX)
	0x05dd 01501 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:80[plugin_dlopen.cgo1.go:83])	CMPL	runtime.writeBarrier(SB), $0
	0x05e4 01508 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:80[plugin_dlopen.cgo1.go:83])	JNE	1528
	0x05e6 01510 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:80[plugin_dlopen.cgo1.go:83])	MOVQ	plugin.pluginpath.ptr+328(SP), DX
	0x05ee 01518 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:81[plugin_dlopen.cgo1.go:84])	MOVQ	plugin.errstr.ptr+360(SP), SI
	0x05f6 01526 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:80[plugin_dlopen.cgo1.go:83])	JMP	1556
	0x05f8 01528 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:80[plugin_dlopen.cgo1.go:83])	CALL	runtime.gcWriteBarrier2(SB)
	0x05fd 01533 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:80[plugin_dlopen.cgo1.go:83])	MOVQ	plugin.pluginpath.ptr+328(SP), DX
	0x0605 01541 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:80[plugin_dlopen.cgo1.go:83])	MOVQ	DX, (R11)
	0x0608 01544 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:81[plugin_dlopen.cgo1.go:84])	MOVQ	plugin.errstr.ptr+360(SP), SI
	0x0610 01552 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:81[plugin_dlopen.cgo1.go:84])	MOVQ	SI, 8(R11)
	0x0614 01556 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	MOVQ	AX, plugin..autotmp_164+576(SP)
	0x061c 01564 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:80[plugin_dlopen.cgo1.go:83])	MOVQ	DX, (AX)
	0x061f 01567 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:81[plugin_dlopen.cgo1.go:84])	MOVQ	plugin.errstr.len+208(SP), DX
	0x0627 01575 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:81[plugin_dlopen.cgo1.go:84])	MOVQ	DX, 24(AX)
	0x062b 01579 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:81[plugin_dlopen.cgo1.go:84])	MOVQ	SI, 16(AX)
	0x062f 01583 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	MOVQ	plugin.plugins(SB), BX
	0x0636 01590 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	LEAQ	type:map[string]*plugin.Plugin(SB), AX
	0x063d 01597 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	MOVQ	plugin.~r0.ptr+240(SP), CX
	0x0645 01605 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	MOVQ	plugin.~r0.len+128(SP), DI
	0x064d 01613 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	CALL	runtime.mapassign_faststr(SB)
	0x0652 01618 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	CMPL	runtime.writeBarrier(SB), $0
	0x0659 01625 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	JNE	1637
	0x065b 01627 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	MOVQ	plugin..autotmp_164+576(SP), R12
	0x0663 01635 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	JMP	1660
	0x0665 01637 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	MOVQ	(AX), DX
	0x0668 01640 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	CALL	runtime.gcWriteBarrier2(SB)
	0x066d 01645 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	MOVQ	plugin..autotmp_164+576(SP), R12
	0x0675 01653 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	MOVQ	R12, (R11)
	0x0678 01656 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	MOVQ	DX, 8(R11)
	0x067c 01660 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:79[plugin_dlopen.cgo1.go:82])	MOVQ	R12, (AX)
	0x067f 01663 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:83[plugin_dlopen.cgo1.go:86])	XCHGL	AX, AX
	0x0680 01664 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/sync/mutex.go:65)	XCHGL	AX, AX
	0x0681 01665 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	MOVL	$-1, BX
	0x0686 01670 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	LEAQ	plugin.pluginsMu(SB), DX
	0x068d 01677 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	LOCK
	0x068e 01678 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	XADDL	BX, (DX)
	0x0691 01681 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:194)	DECL	BX
	0x0693 01683 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:195)	JEQ	1701
	0x0695 01685 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:198)	LEAQ	plugin.pluginsMu(SB), AX
	0x069c 01692 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:198)	NOP
	0x06a0 01696 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/internal/sync/mutex.go:198)	CALL	internal/sync.(*Mutex).unlockSlow(SB)
	0x06a5 01701 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	XORL	AX, AX
	0x06a7 01703 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	LEAQ	go:string."plugin.Open(\""(SB), BX
	0x06ae 01710 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	MOVL	$13, CX
	0x06b3 01715 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	MOVQ	plugin.name+624(SP), DI
	0x06bb 01723 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	MOVQ	plugin..autotmp_162+232(SP), SI
	0x06c3 01731 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	LEAQ	go:string."\"): "(SB), R8
	0x06ca 01738 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	MOVL	$4, R9
	0x06d0 01744 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	MOVQ	plugin.errstr.ptr+360(SP), R10
	0x06d8 01752 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	MOVQ	plugin.errstr.len+208(SP), R11
	0x06e0 01760 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	CALL	runtime.concatstring4(SB)
	0x06e5 01765 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	MOVQ	BX, plugin.text.len+144(SP)
	0x06ed 01773 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	MOVQ	AX, plugin.text.ptr+264(SP)
	0x06f5 01781 (<unknown line number>)	NOP
	0x06f5 01781 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVL	$16, AX
	0x06fa 01786 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	LEAQ	type:errors.errorString(SB), BX
	0x0701 01793 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVL	$1, CX
	0x0706 01798 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x070b 01803 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.len+144(SP), DX
	0x0713 01811 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, 8(AX)
	0x0717 01815 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CMPL	runtime.writeBarrier(SB), $0
	0x071e 01822 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	NOP
	0x0720 01824 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	JNE	1836
	0x0722 01826 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+264(SP), DX
	0x072a 01834 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	JMP	1852
	0x072c 01836 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CALL	runtime.gcWriteBarrier1(SB)
	0x0731 01841 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+264(SP), DX
	0x0739 01849 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, (R11)
	0x073c 01852 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, (AX)
	0x073f 01855 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	LEAQ	go:itab.*errors.errorString,error(SB), BX
	0x0746 01862 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	MOVQ	AX, CX
	0x0749 01865 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	XORL	AX, AX
	0x074b 01867 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	ADDQ	$608, SP
	0x0752 01874 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	POPQ	BP
	0x0753 01875 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:84[plugin_dlopen.cgo1.go:87])	RET
	0x0754 01876 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	XORL	AX, AX
	0x0756 01878 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	LEAQ	go:string."plugin.Open(\""(SB), BX
	0x075d 01885 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	MOVL	$13, CX
	0x0762 01890 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	MOVQ	plugin.name+624(SP), DI
	0x076a 01898 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	MOVQ	plugin.name+632(SP), SI
	0x0772 01906 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	LEAQ	go:string."\"): realpath failed"(SB), R8
	0x0779 01913 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	MOVL	$19, R9
	0x077f 01919 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	NOP
	0x0780 01920 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	CALL	runtime.concatstring3(SB)
	0x0785 01925 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	MOVQ	BX, plugin.text.len+168(SP)
	0x078d 01933 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	MOVQ	AX, plugin.text.ptr+288(SP)
	0x0795 01941 (<unknown line number>)	NOP
	0x0795 01941 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVL	$16, AX
	0x079a 01946 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	LEAQ	type:errors.errorString(SB), BX
	0x07a1 01953 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVL	$1, CX
	0x07a6 01958 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x07ab 01963 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.len+168(SP), DX
	0x07b3 01971 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, 8(AX)
	0x07b7 01975 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CMPL	runtime.writeBarrier(SB), $0
	0x07be 01982 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	NOP
	0x07c0 01984 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	JNE	1996
	0x07c2 01986 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+288(SP), DX
	0x07ca 01994 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	JMP	2012
	0x07cc 01996 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CALL	runtime.gcWriteBarrier1(SB)
	0x07d1 02001 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+288(SP), DX
	0x07d9 02009 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, (R11)
	0x07dc 02012 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, (AX)
	0x07df 02015 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	LEAQ	go:itab.*errors.errorString,error(SB), BX
	0x07e6 02022 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	MOVQ	AX, CX
	0x07e9 02025 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	XORL	AX, AX
	0x07eb 02027 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	ADDQ	$608, SP
	0x07f2 02034 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	POPQ	BP
	0x07f3 02035 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:49[plugin_dlopen.cgo1.go:52])	RET
	0x07f4 02036 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:122[plugin_dlopen.cgo1.go:125])	MOVQ	SI, 8(AX)
	0x07f8 02040 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	LEAQ	plugin..autotmp_80+472(SP), AX
	0x0800 02048 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	CALL	runtime.mapIterNext(SB)
	0x0805 02053 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	MOVQ	plugin..autotmp_80+472(SP), DX
	0x080d 02061 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	TESTQ	DX, DX
	0x0810 02064 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	JEQ	2924
	0x0816 02070 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	MOVQ	8(DX), R9
	0x081a 02074 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	MOVQ	plugin..autotmp_80+480(SP), R10
	0x0822 02082 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	MOVQ	(R10), R11
	0x0825 02085 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	MOVQ	8(R10), R10
	0x0829 02089 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	MOVQ	(DX), R8
	0x082c 02092 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	MOVQ	R11, plugin.sym+312(SP)
	0x0834 02100 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	MOVQ	R10, plugin.sym+320(SP)
	0x083c 02108 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	NOP
	0x0840 02112 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:100[plugin_dlopen.cgo1.go:103])	TESTQ	R9, R9
	0x0843 02115 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:100[plugin_dlopen.cgo1.go:103])	JLS	3017
	0x0849 02121 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:100[plugin_dlopen.cgo1.go:103])	MOVBLZX	(R8), DX
	0x084d 02125 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:100[plugin_dlopen.cgo1.go:103])	MOVB	DL, plugin..autotmp_165+95(SP)
	0x0851 02129 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:100[plugin_dlopen.cgo1.go:103])	CMPB	DL, $46
	0x0854 02132 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:101[plugin_dlopen.cgo1.go:104])	JNE	2217
	0x0856 02134 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	MOVQ	R8, plugin.symName.ptr+304(SP)
	0x085e 02142 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:99[plugin_dlopen.cgo1.go:102])	MOVQ	R9, plugin.symName.len+176(SP)
	0x0866 02150 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:102[plugin_dlopen.cgo1.go:105])	LEAQ	type:map[string]interface {}(SB), AX
	0x086d 02157 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:102[plugin_dlopen.cgo1.go:105])	MOVQ	plugin.syms+296(SP), BX
	0x0875 02165 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:102[plugin_dlopen.cgo1.go:105])	MOVQ	R8, CX
	0x0878 02168 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:102[plugin_dlopen.cgo1.go:105])	MOVQ	R9, DI
	0x087b 02171 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:102[plugin_dlopen.cgo1.go:105])	NOP
	0x0880 02176 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:102[plugin_dlopen.cgo1.go:105])	CALL	runtime.mapdelete_faststr(SB)
	0x0885 02181 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:103[plugin_dlopen.cgo1.go:106])	MOVQ	plugin.symName.len+176(SP), R9
	0x088d 02189 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:103[plugin_dlopen.cgo1.go:106])	DECQ	R9
	0x0890 02192 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:103[plugin_dlopen.cgo1.go:106])	MOVQ	R9, DX
	0x0893 02195 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:103[plugin_dlopen.cgo1.go:106])	NEGQ	DX
	0x0896 02198 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:103[plugin_dlopen.cgo1.go:106])	SARQ	$63, DX
	0x089a 02202 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:103[plugin_dlopen.cgo1.go:106])	ANDL	$1, DX
	0x089d 02205 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:103[plugin_dlopen.cgo1.go:106])	MOVQ	plugin.symName.ptr+304(SP), SI
	0x08a5 02213 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:103[plugin_dlopen.cgo1.go:106])	LEAQ	(SI)(DX*1), R8
	0x08a9 02217 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:106[plugin_dlopen.cgo1.go:109])	MOVQ	R9, plugin..autotmp_166+224(SP)
	0x08b1 02225 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:106[plugin_dlopen.cgo1.go:109])	MOVQ	R8, plugin..autotmp_167+568(SP)
	0x08b9 02233 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:106[plugin_dlopen.cgo1.go:109])	LEAQ	plugin..autotmp_104+96(SP), AX
	0x08be 02238 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:106[plugin_dlopen.cgo1.go:109])	MOVQ	plugin.pluginpath.ptr+328(SP), BX
	0x08c6 02246 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:106[plugin_dlopen.cgo1.go:109])	MOVQ	plugin.pluginpath.len+184(SP), CX
	0x08ce 02254 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:106[plugin_dlopen.cgo1.go:109])	LEAQ	go:string."."(SB), DI
	0x08d5 02261 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:106[plugin_dlopen.cgo1.go:109])	MOVL	$1, SI
	0x08da 02266 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:106[plugin_dlopen.cgo1.go:109])	CALL	runtime.concatstring3(SB)
	0x08df 02271 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:107[plugin_dlopen.cgo1.go:110])	LEAQ	1(BX), DX
	0x08e3 02275 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:107[plugin_dlopen.cgo1.go:110])	MOVQ	BX, CX
	0x08e6 02278 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:107[plugin_dlopen.cgo1.go:110])	MOVQ	AX, DI
	0x08e9 02281 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:107[plugin_dlopen.cgo1.go:110])	LEAQ	type:uint8(SB), AX
	0x08f0 02288 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:107[plugin_dlopen.cgo1.go:110])	MOVQ	DX, BX
	0x08f3 02291 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:107[plugin_dlopen.cgo1.go:110])	CALL	runtime.makeslicecopy(SB)
	0x08f8 02296 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:107[plugin_dlopen.cgo1.go:110])	MOVQ	AX, plugin..autotmp_161+592(SP)
	0x0900 02304 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVL	$8, AX
	0x0905 02309 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	LEAQ	type:unsafe.Pointer(SB), BX
	0x090c 02316 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVL	$1, CX
	0x0911 02321 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	CALL	runtime.mallocgcSmallScanNoHeaderSC1(SB)
	0x0916 02326 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVQ	AX, plugin.&p+600(SP)
	0x091e 02334 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	XCHGL	AX, AX
	0x091f 02335 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	LEAQ	type:**plugin.C.char(SB), AX
	0x0926 02342 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVQ	plugin._cgoBase2+368(SP), BX
	0x092e 02350 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	LEAQ	type:bool(SB), CX
	0x0935 02357 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	LEAQ	runtime.staticuint64s+8(SB), DI
	0x093c 02364 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	NOP
	0x0940 02368 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	CALL	runtime.cgoCheckPointer(SB)
	0x0945 02373 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVQ	plugin._cgo0+216(SP), DX
	0x094d 02381 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVQ	DX, (SP)
	0x0951 02385 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVQ	plugin..autotmp_161+592(SP), DX
	0x0959 02393 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVQ	DX, 8(SP)
	0x095e 02398 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVQ	plugin._cgoBase2+368(SP), DX
	0x0966 02406 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVQ	DX, 16(SP)
	0x096b 02411 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	CALL	plugin.C.pluginLookup(SB)
	0x0970 02416 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	XORPS	X15, X15
	0x0974 02420 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVQ	(TLS), R14
	0x097d 02429 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVQ	24(SP), DX
	0x0982 02434 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	CMPL	runtime.writeBarrier(SB), $0
	0x0989 02441 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	JNE	2453
	0x098b 02443 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVQ	plugin.&p+600(SP), SI
	0x0993 02451 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	JMP	2476
	0x0995 02453 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVQ	plugin.&p+600(SP), SI
	0x099d 02461 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVQ	(SI), R8
	0x09a0 02464 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	CALL	runtime.gcWriteBarrier2(SB)
	0x09a5 02469 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVQ	DX, (R11)
	0x09a8 02472 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVQ	R8, 8(R11)
	0x09ac 02476 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:110[plugin_dlopen.cgo1.go:113])	MOVQ	DX, (SI)
	0x09af 02479 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:111[plugin_dlopen.cgo1.go:114])	TESTQ	DX, DX
	0x09b2 02482 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:111[plugin_dlopen.cgo1.go:114])	JEQ	2609
	0x09b4 02484 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:100[plugin_dlopen.cgo1.go:103])	MOVBLZX	plugin..autotmp_165+95(SP), R8
	0x09ba 02490 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:100[plugin_dlopen.cgo1.go:103])	NOP
	0x09c0 02496 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:100[plugin_dlopen.cgo1.go:103])	CMPB	R8B, $46
	0x09c4 02500 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:115[plugin_dlopen.cgo1.go:118])	JNE	2512
	0x09c6 02502 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:116[plugin_dlopen.cgo1.go:119])	MOVQ	SI, plugin.sym+320(SP)
	0x09ce 02510 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:116[plugin_dlopen.cgo1.go:119])	JMP	2520
	0x09d0 02512 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:118[plugin_dlopen.cgo1.go:121])	MOVQ	DX, plugin.sym+320(SP)
	0x09d8 02520 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:122[plugin_dlopen.cgo1.go:125])	LEAQ	type:map[string]interface {}(SB), AX
	0x09df 02527 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:122[plugin_dlopen.cgo1.go:125])	MOVQ	plugin.updatedSyms+248(SP), BX
	0x09e7 02535 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:122[plugin_dlopen.cgo1.go:125])	MOVQ	plugin..autotmp_167+568(SP), CX
	0x09ef 02543 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:122[plugin_dlopen.cgo1.go:125])	MOVQ	plugin..autotmp_166+224(SP), DI
	0x09f7 02551 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:122[plugin_dlopen.cgo1.go:125])	CALL	runtime.mapassign_faststr(SB)
	0x09fc 02556 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:122[plugin_dlopen.cgo1.go:125])	MOVQ	plugin.sym+312(SP), DX
	0x0a04 02564 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:122[plugin_dlopen.cgo1.go:125])	MOVQ	plugin.sym+320(SP), SI
	0x0a0c 02572 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:122[plugin_dlopen.cgo1.go:125])	MOVQ	DX, (AX)
	0x0a0f 02575 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:122[plugin_dlopen.cgo1.go:125])	CMPL	runtime.writeBarrier(SB), $0
	0x0a16 02582 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:122[plugin_dlopen.cgo1.go:125])	JEQ	2036
	0x0a1c 02588 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:122[plugin_dlopen.cgo1.go:125])	MOVQ	8(AX), CX
	0x0a20 02592 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:122[plugin_dlopen.cgo1.go:125])	CALL	runtime.gcWriteBarrier2(SB)
	0x0a25 02597 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:122[plugin_dlopen.cgo1.go:125])	MOVQ	SI, (R11)
	0x0a28 02600 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:122[plugin_dlopen.cgo1.go:125])	MOVQ	CX, 8(R11)
	0x0a2c 02604 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:122[plugin_dlopen.cgo1.go:125])	JMP	2036
	0x0a31 02609 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	plugin._cgoBase2+368(SP), CX
	0x0a39 02617 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	(CX), AX
	0x0a3c 02620 (<unknown line number>)	NOP
	0x0a3c 02620 (_cgo_gotypes.go:61)	NOP
	0x0a40 02624 (_cgo_gotypes.go:61)	CALL	runtime.gostring(SB)
	0x0a45 02629 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	$13, plugin..autotmp_82+384(SP)
	0x0a51 02641 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	LEAQ	go:string."plugin.Open(\""(SB), CX
	0x0a58 02648 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	CX, plugin..autotmp_82+376(SP)
	0x0a60 02656 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	plugin..autotmp_162+232(SP), CX
	0x0a68 02664 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	CX, plugin..autotmp_82+400(SP)
	0x0a70 02672 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	plugin.name+624(SP), CX
	0x0a78 02680 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	CX, plugin..autotmp_82+392(SP)
	0x0a80 02688 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	$26, plugin..autotmp_82+416(SP)
	0x0a8c 02700 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	LEAQ	go:string."\"): could not find symbol "(SB), CX
	0x0a93 02707 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	CX, plugin..autotmp_82+408(SP)
	0x0a9b 02715 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	plugin..autotmp_166+224(SP), CX
	0x0aa3 02723 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	CX, plugin..autotmp_82+432(SP)
	0x0aab 02731 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	plugin..autotmp_167+568(SP), CX
	0x0ab3 02739 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	CX, plugin..autotmp_82+424(SP)
	0x0abb 02747 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	$2, plugin..autotmp_82+448(SP)
	0x0ac7 02759 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	LEAQ	go:string.": "(SB), CX
	0x0ace 02766 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	CX, plugin..autotmp_82+440(SP)
	0x0ad6 02774 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	BX, plugin..autotmp_82+464(SP)
	0x0ade 02782 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	AX, plugin..autotmp_82+456(SP)
	0x0ae6 02790 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	XORL	AX, AX
	0x0ae8 02792 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	LEAQ	plugin..autotmp_82+376(SP), BX
	0x0af0 02800 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVL	$6, CX
	0x0af5 02805 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVL	CX, DI
	0x0af7 02807 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	CALL	runtime.concatstrings(SB)
	0x0afc 02812 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	BX, plugin.text.len+136(SP)
	0x0b04 02820 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	AX, plugin.text.ptr+256(SP)
	0x0b0c 02828 (<unknown line number>)	NOP
	0x0b0c 02828 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVL	$16, AX
	0x0b11 02833 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	LEAQ	type:errors.errorString(SB), BX
	0x0b18 02840 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVL	$1, CX
	0x0b1d 02845 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	NOP
	0x0b20 02848 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x0b25 02853 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.len+136(SP), CX
	0x0b2d 02861 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	CX, 8(AX)
	0x0b31 02865 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CMPL	runtime.writeBarrier(SB), $0
	0x0b38 02872 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	JNE	2884
	0x0b3a 02874 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+256(SP), DX
	0x0b42 02882 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	JMP	2900
	0x0b44 02884 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CALL	runtime.gcWriteBarrier1(SB)
	0x0b49 02889 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+256(SP), DX
	0x0b51 02897 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, (R11)
	0x0b54 02900 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, (AX)
	0x0b57 02903 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	LEAQ	go:itab.*errors.errorString,error(SB), BX
	0x0b5e 02910 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	MOVQ	AX, CX
	0x0b61 02913 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	XORL	AX, AX
	0x0b63 02915 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	ADDQ	$608, SP
	0x0b6a 02922 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	POPQ	BP
	0x0b6b 02923 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:112[plugin_dlopen.cgo1.go:115])	RET
	0x0b6c 02924 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:124[plugin_dlopen.cgo1.go:127])	CMPL	runtime.writeBarrier(SB), $0
	0x0b73 02931 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:124[plugin_dlopen.cgo1.go:127])	JNE	2951
	0x0b75 02933 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:124[plugin_dlopen.cgo1.go:127])	MOVQ	plugin.p+336(SP), CX
	0x0b7d 02941 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:124[plugin_dlopen.cgo1.go:127])	MOVQ	plugin.updatedSyms+248(SP), BX
	0x0b85 02949 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:124[plugin_dlopen.cgo1.go:127])	JMP	2983
	0x0b87 02951 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:124[plugin_dlopen.cgo1.go:127])	MOVQ	plugin.p+336(SP), CX
	0x0b8f 02959 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:124[plugin_dlopen.cgo1.go:127])	MOVQ	40(CX), DX
	0x0b93 02963 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:124[plugin_dlopen.cgo1.go:127])	CALL	runtime.gcWriteBarrier2(SB)
	0x0b98 02968 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:124[plugin_dlopen.cgo1.go:127])	MOVQ	plugin.updatedSyms+248(SP), BX
	0x0ba0 02976 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:124[plugin_dlopen.cgo1.go:127])	MOVQ	BX, (R11)
	0x0ba3 02979 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:124[plugin_dlopen.cgo1.go:127])	MOVQ	DX, 8(R11)
	0x0ba7 02983 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:124[plugin_dlopen.cgo1.go:127])	MOVQ	BX, 40(CX)
	0x0bab 02987 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:126[plugin_dlopen.cgo1.go:129])	MOVQ	32(CX), AX
	0x0baf 02991 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:126[plugin_dlopen.cgo1.go:129])	CALL	runtime.closechan(SB)
	0x0bb4 02996 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:127[plugin_dlopen.cgo1.go:130])	MOVQ	plugin.p+336(SP), AX
	0x0bbc 03004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:127[plugin_dlopen.cgo1.go:130])	XORL	BX, BX
	0x0bbe 03006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:127[plugin_dlopen.cgo1.go:130])	XORL	CX, CX
	0x0bc0 03008 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:127[plugin_dlopen.cgo1.go:130])	ADDQ	$608, SP
	0x0bc7 03015 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:127[plugin_dlopen.cgo1.go:130])	POPQ	BP
	0x0bc8 03016 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:127[plugin_dlopen.cgo1.go:130])	RET
	0x0bc9 03017 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:100[plugin_dlopen.cgo1.go:103])	CALL	runtime.panicBounds(SB)
	0x0bce 03022 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:100[plugin_dlopen.cgo1.go:103])	XCHGL	AX, AX
	0x0bcf 03023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:100[plugin_dlopen.cgo1.go:103])	NOP
	0x0bcf 03023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:42[plugin_dlopen.cgo1.go:45])	MOVQ	AX, 8(SP)
	0x0bd4 03028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:42[plugin_dlopen.cgo1.go:45])	MOVQ	BX, 16(SP)
	0x0bd9 03033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:42[plugin_dlopen.cgo1.go:45])	CALL	runtime.morestack_noctxt(SB)
	0x0bde 03038 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:42[plugin_dlopen.cgo1.go:45])	MOVQ	8(SP), AX
	0x0be3 03043 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:42[plugin_dlopen.cgo1.go:45])	MOVQ	16(SP), BX
	0x0be8 03048 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:42[plugin_dlopen.cgo1.go:45])	JMP	0
plugin.lookup STEXT size=281 align=0x0 args=0x18 locals=0x60 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:130[plugin_dlopen.cgo1.go:133])	TEXT	plugin.lookup(SB), ABIInternal, $96-24
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:130[plugin_dlopen.cgo1.go:133])	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:130[plugin_dlopen.cgo1.go:133])	JLS	237
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:130[plugin_dlopen.cgo1.go:133])	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:130[plugin_dlopen.cgo1.go:133])	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:130[plugin_dlopen.cgo1.go:133])	SUBQ	$88, SP
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	AX, plugin.p+104(SP)
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	BX, plugin.symName+112(SP)
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	CX, plugin.symName+120(SP)
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	40(AX), DX
	0x0025 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	LEAQ	type:map[string]interface {}(SB), AX
	0x002c 00044 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	CX, DI
	0x002f 00047 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	BX, CX
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	DX, BX
	0x0035 00053 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	CALL	runtime.mapaccess1_faststr(SB)
	0x003a 00058 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	(AX), DX
	0x003d 00061 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	NOP
	0x0040 00064 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	TESTQ	DX, DX
	0x0043 00067 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	JNE	220
	0x0049 00073 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVQ	plugin.p+104(SP), DX
	0x004e 00078 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVQ	(DX), R10
	0x0051 00081 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVQ	8(DX), R11
	0x0055 00085 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	XORL	AX, AX
	0x0057 00087 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	LEAQ	go:string."plugin: symbol "(SB), BX
	0x005e 00094 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVL	$15, CX
	0x0063 00099 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVQ	plugin.symName+112(SP), DI
	0x0068 00104 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVQ	plugin.symName+120(SP), SI
	0x006d 00109 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	LEAQ	go:string." not found in plugin "(SB), R8
	0x0074 00116 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVL	$21, R9
	0x007a 00122 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	CALL	runtime.concatstring4(SB)
	0x007f 00127 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVQ	BX, plugin.text.len+72(SP)
	0x0084 00132 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVQ	AX, plugin.text.ptr+80(SP)
	0x0089 00137 (<unknown line number>)	NOP
	0x0089 00137 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVL	$16, AX
	0x008e 00142 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	LEAQ	type:errors.errorString(SB), BX
	0x0095 00149 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVL	$1, CX
	0x009a 00154 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x009f 00159 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.len+72(SP), DX
	0x00a4 00164 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, 8(AX)
	0x00a8 00168 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CMPL	runtime.writeBarrier(SB), $0
	0x00af 00175 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	JNE	184
	0x00b1 00177 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+80(SP), DX
	0x00b6 00182 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	JMP	197
	0x00b8 00184 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CALL	runtime.gcWriteBarrier1(SB)
	0x00bd 00189 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+80(SP), DX
	0x00c2 00194 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, (R11)
	0x00c5 00197 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, (AX)
	0x00c8 00200 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	XORL	BX, BX
	0x00ca 00202 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	LEAQ	go:itab.*errors.errorString,error(SB), CX
	0x00d1 00209 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	MOVQ	AX, DI
	0x00d4 00212 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	XORL	AX, AX
	0x00d6 00214 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	ADDQ	$88, SP
	0x00da 00218 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	POPQ	BP
	0x00db 00219 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137])	RET
	0x00dc 00220 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:131[plugin_dlopen.cgo1.go:134])	MOVQ	8(AX), BX
	0x00e0 00224 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:132[plugin_dlopen.cgo1.go:135])	MOVQ	DX, AX
	0x00e3 00227 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:132[plugin_dlopen.cgo1.go:135])	XORL	CX, CX
	0x00e5 00229 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:132[plugin_dlopen.cgo1.go:135])	XORL	DI, DI
	0x00e7 00231 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:132[plugin_dlopen.cgo1.go:135])	ADDQ	$88, SP
	0x00eb 00235 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:132[plugin_dlopen.cgo1.go:135])	POPQ	BP
	0x00ec 00236 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:132[plugin_dlopen.cgo1.go:135])	RET
	0x00ed 00237 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:132[plugin_dlopen.cgo1.go:135])	NOP
	0x00ed 00237 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:130[plugin_dlopen.cgo1.go:133])	MOVQ	AX, 8(SP)
	0x00f2 00242 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:130[plugin_dlopen.cgo1.go:133])	MOVQ	BX, 16(SP)
	0x00f7 00247 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:130[plugin_dlopen.cgo1.go:133])	MOVQ	CX, 24(SP)
	0x00fc 00252 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:130[plugin_dlopen.cgo1.go:133])	NOP
	0x0100 00256 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:130[plugin_dlopen.cgo1.go:133])	CALL	runtime.morestack_noctxt(SB)
	0x0105 00261 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:130[plugin_dlopen.cgo1.go:133])	MOVQ	8(SP), AX
	0x010a 00266 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:130[plugin_dlopen.cgo1.go:133])	MOVQ	16(SP), BX
	0x010f 00271 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:130[plugin_dlopen.cgo1.go:133])	MOVQ	24(SP), CX
	0x0114 00276 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/plugin/plugin_dlopen.go:130[plugin_dlopen.cgo1.go:133])	JMP	0
plugin.C.pluginLookup STEXT dupok nosplit size=51 align=0x0 args=0x18 locals=0x28 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	plugin.C.pluginLookup(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $40-24
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$32, SP
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x000c 00012 (<autogenerated>:1)	MOVQ	BX, 8(SP)
	0x0011 00017 (<autogenerated>:1)	MOVQ	CX, 16(SP)
	0x0016 00022 (<autogenerated>:1)	CALL	plugin.C.pluginLookup(SB)
	0x001b 00027 (<autogenerated>:1)	XORPS	X15, X15
	0x001f 00031 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x0028 00040 (<autogenerated>:1)	MOVQ	24(SP), AX
	0x002d 00045 (<autogenerated>:1)	ADDQ	$32, SP
	0x0031 00049 (<autogenerated>:1)	POPQ	BP
	0x0032 00050 (<autogenerated>:1)	RET
plugin.C.pluginOpen STEXT dupok nosplit size=46 align=0x0 args=0x10 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	plugin.C.pluginOpen(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$24, SP
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x000c 00012 (<autogenerated>:1)	MOVQ	BX, 8(SP)
	0x0011 00017 (<autogenerated>:1)	CALL	plugin.C.pluginOpen(SB)
	0x0016 00022 (<autogenerated>:1)	XORPS	X15, X15
	0x001a 00026 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x0023 00035 (<autogenerated>:1)	MOVQ	16(SP), AX
	0x0028 00040 (<autogenerated>:1)	ADDQ	$24, SP
	0x002c 00044 (<autogenerated>:1)	POPQ	BP
	0x002d 00045 (<autogenerated>:1)	RET
plugin.C.realpath STEXT dupok nosplit size=46 align=0x0 args=0x10 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	plugin.C.realpath(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$24, SP
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x000c 00012 (<autogenerated>:1)	MOVQ	BX, 8(SP)
	0x0011 00017 (<autogenerated>:1)	CALL	plugin.C.realpath(SB)
	0x0016 00022 (<autogenerated>:1)	XORPS	X15, X15
	0x001a 00026 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x0023 00035 (<autogenerated>:1)	MOVQ	16(SP), AX
	0x0028 00040 (<autogenerated>:1)	ADDQ	$24, SP
	0x002c 00044 (<autogenerated>:1)	POPQ	BP
	0x002d 00045 (<autogenerated>:1)	RET
go:cuinfo.producer.plugin SDWARFCUINFO dupok size=0 align=0x0
go:cuinfo.packagename.plugin SDWARFCUINFO dupok size=0 align=0x0
go:itab.*errors.errorString,error SRODATA dupok size=32 align=0x8
plugin..inittask SNOPTRDATA size=8 align=0x0
runtime.nilinterequal·f SRODATA dupok size=8 align=0x0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
type:.namedata.*plugin.Symbol. SRODATA dupok size=16 align=0x1
type:*plugin.Symbol SRODATA size=56 align=0x8
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
type:.importpath.plugin. SRODATA dupok size=8 align=0x1
type:plugin.Symbol SRODATA size=96 align=0x8
type:.namedata.*plugin.C.ulong- SRODATA dupok size=22 align=0x1
type:*plugin.C.ulong SRODATA size=56 align=0x8
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:plugin.C.ulong SRODATA size=64 align=0x8
type:.namedata.**plugin.C.char- SRODATA dupok size=22 align=0x1
type:.namedata.*plugin.C.char- SRODATA dupok size=21 align=0x1
runtime.memequal8·f SRODATA dupok size=8 align=0x0
type:plugin.C.char SRODATA size=64 align=0x8
type:*plugin.C.char SRODATA size=56 align=0x8
type:**plugin.C.char SRODATA dupok size=56 align=0x8
type:.namedata.*[2]unsafe.Pointer- SRODATA dupok size=20 align=0x1
runtime.memequal128·f SRODATA dupok size=8 align=0x0
runtime.gcbits.0300000000000000 SRODATA dupok size=8 align=0x8
type:[2]unsafe.Pointer SRODATA dupok size=72 align=0x8
type:*[2]unsafe.Pointer SRODATA dupok size=56 align=0x8
type:.namedata.*chan struct {}- SRODATA dupok size=17 align=0x1
type:*chan struct {} SRODATA dupok size=56 align=0x8
runtime.memequal0·f SRODATA dupok size=8 align=0x0
type:.namedata.*struct {}- SRODATA dupok size=12 align=0x1
type:*struct {} SRODATA dupok size=56 align=0x8
type:struct {} SRODATA dupok size=80 align=0x8
type:chan struct {} SRODATA dupok size=64 align=0x8
type:.namedata.*map[string]*plugin.Plugin- SRODATA dupok size=28 align=0x1
type:*map[string]*plugin.Plugin SRODATA dupok size=56 align=0x8
type:.namedata.*plugin.Plugin. SRODATA dupok size=16 align=0x1
runtime.gcbits.3500000000000000 SRODATA dupok size=8 align=0x8
type:.namedata.*map[string]interface {}- SRODATA dupok size=26 align=0x1
type:*map[string]interface {} SRODATA dupok size=56 align=0x8
type:.namedata.*map.group[string]interface {}- SRODATA dupok size=32 align=0x1
type:noalg.*map.group[string]interface {} SRODATA dupok size=56 align=0x8
runtime.gcbits.3233333301000000 SRODATA dupok size=8 align=0x8
type:.namedata.*[8]struct { key string; elem interface {} }- SRODATA dupok size=46 align=0x1
type:noalg.*[8]struct { key string; elem interface {} } SRODATA dupok size=56 align=0x8
runtime.gcbits.9999999900000000 SRODATA dupok size=8 align=0x8
type:.namedata.*struct { key string; elem interface {} }- SRODATA dupok size=43 align=0x1
type:noalg.*struct { key string; elem interface {} } SRODATA dupok size=56 align=0x8
runtime.gcbits.0900000000000000 SRODATA dupok size=8 align=0x8
type:.importpath.. SRODATA dupok size=2 align=0x1
type:.namedata.key- SRODATA dupok size=5 align=0x1
type:.namedata.elem- SRODATA dupok size=6 align=0x1
type:noalg.struct { key string; elem interface {} } SRODATA dupok size=128 align=0x8
type:.namedata.*[]struct { key string; elem interface {} }- SRODATA dupok size=45 align=0x1
type:*[]struct { key string; elem interface {} } SRODATA dupok size=56 align=0x8
type:[]struct { key string; elem interface {} } SRODATA dupok size=56 align=0x8
type:noalg.[8]struct { key string; elem interface {} } SRODATA dupok size=72 align=0x8
type:.namedata.ctrl- SRODATA dupok size=6 align=0x1
type:.namedata.slots- SRODATA dupok size=7 align=0x1
type:noalg.map.group[string]interface {} SRODATA dupok size=128 align=0x8
runtime.strhash·f SRODATA dupok size=8 align=0x0
type:map[string]interface {} SRODATA dupok size=136 align=0x8
type:.namedata.pluginpath- SRODATA dupok size=12 align=0x1
type:.namedata.err- SRODATA dupok size=5 align=0x1
type:.namedata.loaded- SRODATA dupok size=8 align=0x1
type:.namedata.syms- SRODATA dupok size=6 align=0x1
type:plugin.Plugin SRODATA size=192 align=0x8
type:.namedata.*func(*plugin.Plugin, string) (plugin.Symbol, error)- SRODATA dupok size=54 align=0x1
type:*func(*plugin.Plugin, string) (plugin.Symbol, error) SRODATA dupok size=56 align=0x8
type:func(*plugin.Plugin, string) (plugin.Symbol, error) SRODATA dupok size=88 align=0x8
type:.namedata.Lookup. SRODATA dupok size=8 align=0x1
type:.namedata.*func(string) (plugin.Symbol, error)- SRODATA dupok size=38 align=0x1
type:*func(string) (plugin.Symbol, error) SRODATA dupok size=56 align=0x8
type:func(string) (plugin.Symbol, error) SRODATA dupok size=80 align=0x8
type:*plugin.Plugin SRODATA size=88 align=0x8
type:.namedata.*map.group[string]*plugin.Plugin- SRODATA dupok size=34 align=0x1
type:noalg.*map.group[string]*plugin.Plugin SRODATA dupok size=56 align=0x8
runtime.gcbits.dab66d0100000000 SRODATA dupok size=8 align=0x8
type:.namedata.*[8]struct { key string; elem *plugin.Plugin }- SRODATA dupok size=48 align=0x1
type:noalg.*[8]struct { key string; elem *plugin.Plugin } SRODATA dupok size=56 align=0x8
runtime.gcbits.6ddbb60000000000 SRODATA dupok size=8 align=0x8
type:.namedata.*struct { key string; elem *plugin.Plugin }- SRODATA dupok size=45 align=0x1
type:noalg.*struct { key string; elem *plugin.Plugin } SRODATA dupok size=56 align=0x8
runtime.gcbits.0500000000000000 SRODATA dupok size=8 align=0x8
type:noalg.struct { key string; elem *plugin.Plugin } SRODATA dupok size=128 align=0x8
type:.namedata.*[]struct { key string; elem *plugin.Plugin }- SRODATA dupok size=47 align=0x1
type:*[]struct { key string; elem *plugin.Plugin } SRODATA dupok size=56 align=0x8
type:[]struct { key string; elem *plugin.Plugin } SRODATA dupok size=56 align=0x8
type:noalg.[8]struct { key string; elem *plugin.Plugin } SRODATA dupok size=72 align=0x8
type:noalg.map.group[string]*plugin.Plugin SRODATA dupok size=128 align=0x8
type:map[string]*plugin.Plugin SRODATA dupok size=136 align=0x8
runtime.cgoAlwaysFalse SNOPTRBSS size=1 align=0x0
 SDWARFVAR size=39 align=0x0
runtime.strequal·f SRODATA dupok size=8 align=0x0
type:.namedata.*plugin.C._GoString_- SRODATA dupok size=27 align=0x1
type:*plugin.C._GoString_ SRODATA size=56 align=0x8
type:plugin.C._GoString_ SRODATA size=64 align=0x8
type:.namedata.*plugin.C.long- SRODATA dupok size=21 align=0x1
type:*plugin.C.long SRODATA size=56 align=0x8
type:plugin.C.long SRODATA size=64 align=0x8
type:.namedata.*plugin.C.void- SRODATA dupok size=21 align=0x1
type:*plugin.C.void SRODATA size=56 align=0x8
type:plugin.C.void SRODATA size=88 align=0x8
go:constinfo.plugin SDWARFCONST size=32 align=0x0
_cgo_a3bb3fdd7889_Cfunc_pluginLookup SNOPTRBSS size=1 align=0x0
 SDWARFVAR size=53 align=0x0
plugin._cgo_a3bb3fdd7889_Cfunc_pluginLookup SDATA size=8 align=0x0
 SDWARFVAR size=60 align=0x0
_cgo_a3bb3fdd7889_Cfunc_pluginOpen SNOPTRBSS size=1 align=0x0
 SDWARFVAR size=51 align=0x0
plugin._cgo_a3bb3fdd7889_Cfunc_pluginOpen SDATA size=8 align=0x0
 SDWARFVAR size=58 align=0x0
_cgo_a3bb3fdd7889_Cfunc_realpath SNOPTRBSS size=1 align=0x0
 SDWARFVAR size=49 align=0x0
plugin._cgo_a3bb3fdd7889_Cfunc_realpath SDATA size=8 align=0x0
 SDWARFVAR size=56 align=0x0
plugin.pluginsMu SNOPTRBSS size=8 align=0x0
 SDWARFVAR size=33 align=0x0
plugin.plugins SBSS size=8 align=0x0
 SDWARFVAR size=31 align=0x0
type:.namedata.*plugin.initTask- SRODATA dupok size=18 align=0x1
type:*plugin.initTask SRODATA size=56 align=0x8
type:plugin.initTask SRODATA size=96 align=0x8
go:string."plugin: symbol " SRODATA dupok size=15 align=0x1
go:string." not found in plugin " SRODATA dupok size=21 align=0x1
go:string."plugin.Open(\"" SRODATA dupok size=13 align=0x1
go:string."\"): realpath failed" SRODATA dupok size=19 align=0x1
go:string."\"): " SRODATA dupok size=4 align=0x1
go:string." (previous failure)" SRODATA dupok size=19 align=0x1
go:string."." SRODATA dupok size=1 align=0x1
go:string."\"): could not find symbol " SRODATA dupok size=26 align=0x1
go:string.": " SRODATA dupok size=2 align=0x1
plugin..stmp_0 SRODATA static size=1 align=0x1
plugin..stmp_1 SRODATA static size=1 align=0x1
runtime.gcbits.0f06000000000000 SRODATA dupok size=8 align=0x8
runtime.gcbits.5505000000000000 SRODATA dupok size=8 align=0x8
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
plugin.Open.arginfo1 SRODATA static dupok size=7 align=0x1
plugin.Open.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·jWS2Kjj4Ck/nXhKPVTPCzA== SRODATA dupok size=11 align=0x4
gclocals·dJUzpsp3Yf15gqnc4dLliw== SRODATA dupok size=11 align=0x4
plugin.(*Plugin).Lookup.arginfo1 SRODATA static dupok size=9 align=0x1
plugin.(*Plugin).Lookup.argliveinfo SRODATA static dupok size=2 align=0x1
plugin._Cgo_ptr.arginfo1 SRODATA static dupok size=3 align=0x1
plugin._Cgo_ptr.argliveinfo SRODATA static dupok size=2 align=0x1
plugin.C.GoString.arginfo1 SRODATA static dupok size=3 align=0x1
plugin.C.GoString.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·bFK0QWKDa8fBC+VqJft5sQ== SRODATA dupok size=14 align=0x4
gclocals·s556bfxELab64Bb9yJTgFQ== SRODATA dupok size=14 align=0x4
plugin.C.pluginLookup.stkobj SRODATA static size=24 align=0x8
plugin.C.pluginLookup.arginfo0 SRODATA static dupok size=7 align=0x1
gclocals·/PWquDMq73rJKGqHoAH7KA== SRODATA dupok size=12 align=0x4
gclocals·dMDdhlywI8XTHhU5SWnIbQ== SRODATA dupok size=12 align=0x4
plugin.C.pluginOpen.stkobj SRODATA static size=40 align=0x8
plugin.C.pluginOpen.arginfo0 SRODATA static dupok size=5 align=0x1
gclocals·f2pH7XZ5afSaR+XEO7EJ5A== SRODATA dupok size=13 align=0x4
gclocals·ks5RKXoDaptAz05amjf4yA== SRODATA dupok size=13 align=0x4
plugin.C.realpath.stkobj SRODATA static size=40 align=0x8
plugin.C.realpath.arginfo0 SRODATA static dupok size=5 align=0x1
gclocals·0mjan7CYPpdsLCkl5Z/Z2w== SRODATA dupok size=38 align=0x4
gclocals·6w5IpHObbpL8RTcCBjKszw== SRODATA dupok size=188 align=0x4
plugin.open.stkobj SRODATA static size=56 align=0x8
plugin.open.arginfo1 SRODATA static dupok size=7 align=0x1
plugin.open.argliveinfo SRODATA static dupok size=2 align=0x1
plugin.lookup.arginfo1 SRODATA static dupok size=9 align=0x1
plugin.lookup.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·jJUmT8EancinwDq7lB+tvg== SRODATA dupok size=10 align=0x4
plugin.C.pluginLookup.arginfo1 SRODATA static dupok size=7 align=0x1
plugin.C.pluginLookup.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
plugin.C.pluginOpen.arginfo1 SRODATA static dupok size=5 align=0x1
plugin.C.pluginOpen.argliveinfo SRODATA static dupok size=2 align=0x1
plugin.C.realpath.arginfo1 SRODATA static dupok size=5 align=0x1
plugin.C.realpath.argliveinfo SRODATA static dupok size=2 align=0x1
