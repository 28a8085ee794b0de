# container/list
funcpctab container/list.(*List).PushBack [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:150)	TEXT	container/list.(*List).PushBack(SB), ABIInternal, $48-24
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:150)	CMPQ	SP, 16(R14)
    12      0 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:151)	MOVQ	CX, container/list.v+72(SP)
    1c     -1 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:151)	XCHGL	AX, AX
    1d      0 00029 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:151)	CMPQ	(AX), $0
    24      1 00036 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:151)	CMPL	runtime.writeBarrier(SB), $0
    53      0 00083 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:151)	MOVQ	AX, container/list.l+56(SP)
    58     -1 00088 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:152)	MOVQ	8(AX), DX
    61      2 00097 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:152)	MOVL	$40, AX
    a1      3 00161 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:152)	CMPL	runtime.writeBarrier(SB), $0
   129     -1 00297 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:152)	ADDQ	$40, SP
   159 done
wrote 22 bytes to 0x74101929740
 00 12 02 0a 01 01 02 07 02 2f 01 05 01 09 06 40 02 88 01 07 30 00
-- inlining tree for container/list.(*List).PushBack:
0 | -1 | container/list.(*List).lazyInit (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:151:12) pc=28
1 | 0 | container/list.(*List).Init (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:87:9) pc=35
2 | -1 | container/list.(*List).insertValue (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:152:22) pc=88
3 | 2 | container/list.(*List).insert (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104:17) pc=97
--
funcpctab container/list.(*List).PushFront [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:144)	TEXT	container/list.(*List).PushFront(SB), ABIInternal, $40-24
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:144)	CMPQ	SP, 16(R14)
    12      0 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:145)	MOVQ	AX, container/list.l+48(SP)
    21     -1 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:145)	XCHGL	AX, AX
    22      0 00034 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:145)	CMPQ	(AX), $0
    29      1 00041 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:145)	CMPL	runtime.writeBarrier(SB), $0
    58      2 00088 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:146)	MOVL	$40, AX
    9a      3 00154 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:146)	CMPL	runtime.writeBarrier(SB), $0
   116     -1 00278 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:146)	ADDQ	$32, SP
   145 done
wrote 17 bytes to 0x74101929ba0
 00 12 02 0f 01 01 02 07 02 2f 02 42 02 7c 07 2f 00
-- inlining tree for container/list.(*List).PushFront:
0 | -1 | container/list.(*List).lazyInit (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:145:12) pc=33
1 | 0 | container/list.(*List).Init (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:87:9) pc=40
2 | -1 | container/list.(*List).insertValue (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:146:22) pc=278
3 | 2 | container/list.(*List).insert (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104:17) pc=88
--
funcpctab container/list.(*List).InsertBefore [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	TEXT	container/list.(*List).InsertBefore(SB), ABIInternal, $48-32
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	CMPQ	SP, 16(R14)
    42      0 00066 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:163)	MOVL	$40, AX
    82      1 00130 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:163)	CMPL	runtime.writeBarrier(SB), $0
   10a     -1 00266 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:163)	ADDQ	$40, SP
   14a done
wrote 10 bytes to 0x741019cca90
 00 42 02 40 02 88 01 03 40 00
-- inlining tree for container/list.(*List).InsertBefore:
0 | -1 | container/list.(*List).insertValue (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:163:22) pc=57
1 | 0 | container/list.(*List).insert (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104:17) pc=66
--
funcpctab container/list.(*List).InsertAfter [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	TEXT	container/list.(*List).InsertAfter(SB), ABIInternal, $40-32
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	CMPQ	SP, 16(R14)
    3e      0 00062 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:174)	MOVL	$40, AX
    7e      1 00126 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:174)	CMPL	runtime.writeBarrier(SB), $0
   106     -1 00262 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:174)	ADDQ	$32, SP
   146 done
wrote 10 bytes to 0x741019cd590
 00 3e 02 40 02 88 01 03 40 00
-- inlining tree for container/list.(*List).InsertAfter:
0 | -1 | container/list.(*List).insertValue (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:174:22) pc=262
1 | 0 | container/list.(*List).insert (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104:17) pc=62
--
funcpctab container/list.(*List).PushFrontList [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:230)	TEXT	container/list.(*List).PushFrontList(SB), ABIInternal, $72-16
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:230)	CMPQ	SP, 16(R14)
    13      0 00019 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:231)	CMPQ	(AX), $0
    1a      1 00026 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:231)	CMPL	runtime.writeBarrier(SB), $0
    49      2 00073 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	MOVQ	40(BX), DX
    4d      3 00077 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	TESTQ	DX, DX
    54     -1 00084 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	JMP	90
    56      3 00086 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	MOVQ	8(BX), SI
    5a      0 00090 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:231)	MOVQ	AX, container/list.l+80(SP)
    60     -1 00096 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	JMP	112
    6a      5 00106 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:233)	MOVQ	DX, AX
    6d     -1 00109 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	MOVQ	DI, DX
    95      4 00149 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:233)	MOVL	$40, AX
    d5      5 00213 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:233)	CMPL	runtime.writeBarrier(SB), $0
   151      6 00337 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	MOVQ	container/list.e+56(SP), SI
   15d     -1 00349 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:233)	JEQ	364
   15f      6 00351 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	MOVQ	8(SI), SI
   16e     -1 00366 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	JMP	98
   197 done
wrote 35 bytes to 0x74101a3aa40
 00 13 02 07 02 2f 02 04 02 07 07 02 08 04 05 06 01 0a 0c 03 0b 28 0a 40 02 7c 02 0c 0d 02 0e 0f 0d 29 00
-- inlining tree for container/list.(*List).PushFrontList:
0 | -1 | container/list.(*List).lazyInit (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:231:12) pc=18
1 | 0 | container/list.(*List).Init (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:87:9) pc=25
2 | -1 | container/list.(*List).Len (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232:23) pc=84
3 | -1 | container/list.(*List).Back (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232:37) pc=84
4 | -1 | container/list.(*List).insertValue (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:233:16) pc=131
5 | 4 | container/list.(*List).insert (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104:17) pc=149
6 | -1 | container/list.(*Element).Prev (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232:66) pc=84
--
funcpctab container/list.(*List).PushBackList [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:221)	TEXT	container/list.(*List).PushBackList(SB), ABIInternal, $80-16
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:221)	CMPQ	SP, 16(R14)
    13      0 00019 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:222)	CMPQ	(AX), $0
    1a      1 00026 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:222)	CMPL	runtime.writeBarrier(SB), $0
    49      2 00073 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	MOVQ	40(BX), DX
    4d      3 00077 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	TESTQ	DX, DX
    54     -1 00084 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	JMP	89
    56      3 00086 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	MOVQ	(BX), SI
    59      0 00089 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:222)	MOVQ	AX, container/list.l+88(SP)
    60     -1 00096 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	JMP	115
    a1      4 00161 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:224)	MOVL	$40, AX
    e1      5 00225 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:224)	CMPL	runtime.writeBarrier(SB), $0
   169      6 00361 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	MOVQ	container/list.e+56(SP), DX
   175     -1 00373 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:224)	JEQ	393
   177      6 00375 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	MOVQ	(DX), DX
   18b     -1 00395 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	JMP	98
   1b4 done
wrote 32 bytes to 0x741019e8f80
 00 13 02 07 02 2f 02 04 02 07 07 02 08 03 05 07 01 41 0a 40 02 88 01 02 0c 0d 02 0e 14 0d 29 00
-- inlining tree for container/list.(*List).PushBackList:
0 | -1 | container/list.(*List).lazyInit (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:222:12) pc=18
1 | 0 | container/list.(*List).Init (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:87:9) pc=25
2 | -1 | container/list.(*List).Len (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223:23) pc=84
3 | -1 | container/list.(*List).Front (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223:38) pc=84
4 | -1 | container/list.(*List).insertValue (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:224:16) pc=106
5 | 4 | container/list.(*List).insert (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104:17) pc=161
6 | -1 | container/list.(*Element).Next (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223:67) pc=84
--
funcpctab container/list.(*List).insertValue [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	TEXT	container/list.(*List).insertValue(SB), ABIInternal, $40-32
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	CMPQ	SP, 16(R14)
    66      0 00102 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CMPL	runtime.writeBarrier(SB), $0
    ef     -1 00239 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	ADDQ	$32, SP
   127 done
wrote 8 bytes to 0x74101a35ed8
 00 66 02 89 01 01 38 00
-- inlining tree for container/list.(*List).insertValue:
0 | -1 | container/list.(*List).insert (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104:17) pc=18
--
funcpctab container/list.(*List).MoveAfter [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:212)	TEXT	container/list.(*List).MoveAfter(SB), ABIInternal, $8-24
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:212)	CMPQ	SP, 16(R14)
    21      0 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:216)	MOVQ	8(BX), AX
    27     -1 00039 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:216)	XCHGL	AX, AX
    28      0 00040 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:216)	MOVQ	(BX), DX
    d9     -1 00217 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:217)	POPQ	BP
   105 done
wrote 12 bytes to 0x74101a8aa90
 00 21 02 06 01 01 02 b1 01 01 2c 00
-- inlining tree for container/list.(*List).MoveAfter:
0 | -1 | container/list.(*List).move (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:216:8) pc=39
--
funcpctab container/list.(*List).MoveBefore [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:202)	TEXT	container/list.(*List).MoveBefore(SB), ABIInternal, $8-24
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:202)	CMPQ	SP, 16(R14)
    25      0 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:206)	CMPQ	BX, AX
    e7     -1 00231 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:207)	POPQ	BP
   111 done
wrote 8 bytes to 0x74101a8ad90
 00 25 02 c2 01 01 2a 00
-- inlining tree for container/list.(*List).MoveBefore:
0 | -1 | container/list.(*List).move (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:206:8) pc=33
--
funcpctab container/list.(*List).MoveToBack [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:191)	TEXT	container/list.(*List).MoveToBack(SB), ABIInternal, $8-16
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:191)	CMPQ	SP, 16(R14)
    1f      0 00031 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:196)	MOVQ	8(BX), CX
    25     -1 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:196)	XCHGL	AX, AX
    26      0 00038 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:196)	MOVQ	(BX), DX
    d9     -1 00217 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:197)	POPQ	BP
    f9 done
wrote 12 bytes to 0x74101a8b8d0
 00 1f 02 06 01 01 02 b3 01 01 20 00
-- inlining tree for container/list.(*List).MoveToBack:
0 | -1 | container/list.(*List).move (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:196:8) pc=37
--
funcpctab container/list.(*List).MoveToFront [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:180)	TEXT	container/list.(*List).MoveToFront(SB), ABIInternal, $8-16
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:180)	CMPQ	SP, 16(R14)
    20      0 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:185)	CMPQ	BX, AX
    e3     -1 00227 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:186)	POPQ	BP
   105 done
wrote 8 bytes to 0x74101a8bb68
 00 20 02 c3 01 01 22 00
-- inlining tree for container/list.(*List).MoveToFront:
0 | -1 | container/list.(*List).move (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:185:8) pc=27
--
funcpctab container/list.New [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	TEXT	container/list.New(SB), ABIInternal, $40-0
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	CMPQ	SP, 16(R14)
    25      0 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	CMPL	runtime.writeBarrier(SB), $0
    45     -1 00069 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	ADDQ	$32, SP
    52 done
wrote 7 bytes to 0x74101b1a2e0
 00 25 02 20 01 0d 00
-- inlining tree for container/list.New:
0 | -1 | container/list.(*List).Init (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62:41) pc=14
--
funcpctab type:.eq.M24EM8 [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.M24EM8(SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
    98 done
wrote 4 bytes to 0x74101b1a708
 00 98 01 00
funcpctab type:.eq.M24E [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.M24E(SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
    72 done
wrote 3 bytes to 0x74101b1ac08
 00 72 00
funcpctab container/list.(*List).move [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:118)	TEXT	container/list.(*List).move(SB), ABIInternal, $8-24
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:118)	CMPQ	SP, 16(R14)
    fd done
wrote 4 bytes to 0x74101b1b058
 00 fd 01 00
funcpctab container/list.(*List).insert [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:92)	TEXT	container/list.(*List).insert(SB), ABIInternal, $8-24
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:92)	CMPQ	SP, 16(R14)
    d2 done
wrote 4 bytes to 0x74101b1b740
 00 d2 01 00
funcpctab container/list.(*List).remove [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:108)	TEXT	container/list.(*List).remove(SB), ABIInternal, $8-16
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:108)	CMPQ	SP, 16(R14)
    9d done
wrote 4 bytes to 0x74101b1a050
 00 9d 01 00
funcpctab container/list.(*Element).Next [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:31)	TEXT	container/list.(*Element).Next(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:32)	MOVQ	16(AX), CX
    15 done
wrote 3 bytes to 0x74101b1a628
 00 15 00
funcpctab container/list.(*Element).Prev [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:39)	TEXT	container/list.(*Element).Prev(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:40)	MOVQ	16(AX), CX
    16 done
wrote 3 bytes to 0x74101b1a8d0
 00 16 00
funcpctab container/list.(*List).Init [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:54)	TEXT	container/list.(*List).Init(SB), ABIInternal, $8-8
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:54)	CMPQ	SP, 16(R14)
    52 done
wrote 3 bytes to 0x74101b1ab28
 00 52 00
funcpctab container/list.(*List).Back [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:77)	TEXT	container/list.(*List).Back(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:78)	CMPQ	40(AX), $0
     f done
wrote 3 bytes to 0x74101b1af58
 00 0f 00
funcpctab container/list.(*List).Front [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:69)	TEXT	container/list.(*List).Front(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:70)	CMPQ	40(AX), $0
     e done
wrote 3 bytes to 0x74101b1b1c8
 00 0e 00
funcpctab container/list.(*List).Remove [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:134)	TEXT	container/list.(*List).Remove(SB), ABIInternal, $8-16
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:134)	CMPQ	SP, 16(R14)
    14      0 00020 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:138)	MOVQ	8(BX), CX
    1a     -1 00026 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:138)	XCHGL	AX, AX
    1b      0 00027 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:138)	MOVQ	(BX), DX
    86     -1 00134 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:140)	MOVQ	24(BX), AX
    ae done
wrote 11 bytes to 0x74101b1bba0
 00 14 02 06 01 01 02 6b 01 28 00
-- inlining tree for container/list.(*List).Remove:
0 | -1 | container/list.(*List).remove (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:138:11) pc=26
--
funcpctab container/list.(*List).lazyInit [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:85)	TEXT	container/list.(*List).lazyInit(SB), ABIInternal, $8-8
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:85)	CMPQ	SP, 16(R14)
    11      0 00017 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:87)	CMPL	runtime.writeBarrier(SB), $0
    40     -1 00064 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:89)	POPQ	BP
    53 done
wrote 7 bytes to 0x74101b1be60
 00 11 02 2f 01 13 00
-- inlining tree for container/list.(*List).lazyInit:
0 | -1 | container/list.(*List).Init (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:87:9) pc=16
--
funcpctab container/list.(*List).Len [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:66)	TEXT	container/list.(*List).Len(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:66)	MOVQ	40(AX), AX
     5 done
wrote 3 bytes to 0x74101470398
 00 05 00
container/list.(*Element).Next STEXT nosplit size=21 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:31)	TEXT	container/list.(*Element).Next(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:32)	MOVQ	16(AX), CX
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:32)	TESTQ	CX, CX
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:32)	JEQ	18
	0x0009 00009 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:32)	MOVQ	(AX), AX
	0x000c 00012 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:32)	CMPQ	CX, AX
	0x000f 00015 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:32)	JEQ	18
	0x0011 00017 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:33)	RET
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:35)	XORL	AX, AX
	0x0014 00020 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:35)	RET
container/list.(*Element).Prev STEXT nosplit size=22 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:39)	TEXT	container/list.(*Element).Prev(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:40)	MOVQ	16(AX), CX
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:40)	TESTQ	CX, CX
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:40)	JEQ	19
	0x0009 00009 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:40)	MOVQ	8(AX), AX
	0x000d 00013 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:40)	CMPQ	CX, AX
	0x0010 00016 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:40)	JEQ	19
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:41)	RET
	0x0013 00019 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:43)	XORL	AX, AX
	0x0015 00021 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:43)	RET
container/list.(*List).Init STEXT size=82 align=0x0 args=0x8 locals=0x8 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:54)	TEXT	container/list.(*List).Init(SB), ABIInternal, $8-8
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:54)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:54)	JLS	65
	0x0006 00006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:54)	PUSHQ	BP
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:54)	MOVQ	SP, BP
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	TESTB	AL, (AX)
	0x000c 00012 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	CMPL	runtime.writeBarrier(SB), $0
	0x0013 00019 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	JEQ	48
	0x0015 00021 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	(AX), CX
	0x0018 00024 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	8(AX), DX
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	NOP
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	CALL	runtime.gcWriteBarrier3(SB)
	0x0025 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	AX, (R11)
	0x0028 00040 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	CX, 8(R11)
	0x002c 00044 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	DX, 16(R11)
	0x0030 00048 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	AX, (AX)
	0x0033 00051 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	AX, 8(AX)
	0x0037 00055 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:57)	MOVQ	$0, 40(AX)
	0x003f 00063 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:58)	POPQ	BP
	0x0040 00064 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:58)	RET
	0x0041 00065 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:58)	NOP
	0x0041 00065 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:54)	MOVQ	AX, 8(SP)
	0x0046 00070 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:54)	CALL	runtime.morestack_noctxt(SB)
	0x004b 00075 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:54)	MOVQ	8(SP), AX
	0x0050 00080 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:54)	JMP	0
container/list.New STEXT size=82 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	TEXT	container/list.New(SB), ABIInternal, $40-0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	JLS	75
	0x0006 00006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	PUSHQ	BP
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	MOVQ	SP, BP
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	SUBQ	$32, SP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	MOVL	$48, AX
	0x0013 00019 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	LEAQ	type:container/list.List(SB), BX
	0x001a 00026 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	MOVL	$1, CX
	0x001f 00031 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	NOP
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	CALL	runtime.mallocgcSmallScanNoHeaderSC5(SB)
	0x0025 00037 (<unknown line number>)	NOP
	0x0025 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	CMPL	runtime.writeBarrier(SB), $0
	0x002c 00044 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	JEQ	54
	0x002e 00046 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	CALL	runtime.gcWriteBarrier1(SB)
	0x0033 00051 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	AX, (R11)
	0x0036 00054 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	AX, (AX)
	0x0039 00057 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	AX, 8(AX)
	0x003d 00061 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:57)	MOVQ	$0, 40(AX)
	0x0045 00069 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	ADDQ	$32, SP
	0x0049 00073 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	POPQ	BP
	0x004a 00074 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	RET
	0x004b 00075 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	NOP
	0x004b 00075 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	CALL	runtime.morestack_noctxt(SB)
	0x0050 00080 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:62)	JMP	0
container/list.(*List).Len STEXT nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:66)	TEXT	container/list.(*List).Len(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:66)	MOVQ	40(AX), AX
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:66)	RET
container/list.(*List).Front STEXT nosplit size=14 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:69)	TEXT	container/list.(*List).Front(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:70)	CMPQ	40(AX), $0
	0x0005 00005 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:70)	JNE	10
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:71)	XORL	AX, AX
	0x0009 00009 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:71)	RET
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:73)	MOVQ	(AX), AX
	0x000d 00013 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:73)	RET
container/list.(*List).Back STEXT nosplit size=15 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:77)	TEXT	container/list.(*List).Back(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:78)	CMPQ	40(AX), $0
	0x0005 00005 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:78)	JNE	10
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:79)	XORL	AX, AX
	0x0009 00009 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:79)	RET
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:81)	MOVQ	8(AX), AX
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:81)	RET
container/list.(*List).lazyInit STEXT size=83 align=0x0 args=0x8 locals=0x8 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:85)	TEXT	container/list.(*List).lazyInit(SB), ABIInternal, $8-8
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:85)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:85)	JLS	66
	0x0006 00006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:85)	PUSHQ	BP
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:85)	MOVQ	SP, BP
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	CMPQ	(AX), $0
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	JNE	64
	0x0010 00016 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:87)	XCHGL	AX, AX
	0x0011 00017 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	CMPL	runtime.writeBarrier(SB), $0
	0x0018 00024 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	JEQ	49
	0x001a 00026 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	(AX), CX
	0x001d 00029 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	8(AX), DX
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	CALL	runtime.gcWriteBarrier3(SB)
	0x0026 00038 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	AX, (R11)
	0x0029 00041 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	CX, 8(R11)
	0x002d 00045 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	DX, 16(R11)
	0x0031 00049 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	AX, (AX)
	0x0034 00052 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	AX, 8(AX)
	0x0038 00056 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:57)	MOVQ	$0, 40(AX)
	0x0040 00064 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:89)	POPQ	BP
	0x0041 00065 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:89)	RET
	0x0042 00066 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:89)	NOP
	0x0042 00066 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:85)	MOVQ	AX, 8(SP)
	0x0047 00071 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:85)	CALL	runtime.morestack_noctxt(SB)
	0x004c 00076 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:85)	MOVQ	8(SP), AX
	0x0051 00081 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:85)	JMP	0
container/list.(*List).insert STEXT size=210 align=0x0 args=0x18 locals=0x8 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:92)	TEXT	container/list.(*List).insert(SB), ABIInternal, $8-24
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:92)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:92)	JLS	170
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:92)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:92)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	TESTB	AL, (BX)
	0x0010 00016 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	CMPL	runtime.writeBarrier(SB), $0
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	JEQ	44
	0x0019 00025 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	8(BX), DX
	0x001d 00029 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	NOP
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	CALL	runtime.gcWriteBarrier2(SB)
	0x0025 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	CX, (R11)
	0x0028 00040 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	DX, 8(R11)
	0x002c 00044 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	CX, 8(BX)
	0x0030 00048 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	(CX), DX
	0x0033 00051 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	CMPL	runtime.writeBarrier(SB), $0
	0x003a 00058 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	JEQ	76
	0x003c 00060 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	(BX), SI
	0x003f 00063 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	NOP
	0x0040 00064 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	CALL	runtime.gcWriteBarrier2(SB)
	0x0045 00069 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	DX, (R11)
	0x0048 00072 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	SI, 8(R11)
	0x004c 00076 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	DX, (BX)
	0x004f 00079 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	TESTB	AL, (CX)
	0x0051 00081 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	CMPL	runtime.writeBarrier(SB), $0
	0x0058 00088 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	JEQ	108
	0x005a 00090 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	(CX), DX
	0x005d 00093 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	NOP
	0x0060 00096 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	CALL	runtime.gcWriteBarrier2(SB)
	0x0065 00101 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	BX, (R11)
	0x0068 00104 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	DX, 8(R11)
	0x006c 00108 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	BX, (CX)
	0x006f 00111 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	(BX), CX
	0x0072 00114 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	TESTB	AL, (CX)
	0x0074 00116 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	CMPL	runtime.writeBarrier(SB), $0
	0x007b 00123 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	JEQ	153
	0x007d 00125 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	8(CX), DX
	0x0081 00129 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	16(BX), SI
	0x0085 00133 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	CALL	runtime.gcWriteBarrier4(SB)
	0x008a 00138 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	BX, (R11)
	0x008d 00141 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	DX, 8(R11)
	0x0091 00145 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	AX, 16(R11)
	0x0095 00149 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	SI, 24(R11)
	0x0099 00153 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	BX, 8(CX)
	0x009d 00157 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	AX, 16(BX)
	0x00a1 00161 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:98)	INCQ	40(AX)
	0x00a5 00165 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:99)	MOVQ	BX, AX
	0x00a8 00168 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:99)	POPQ	BP
	0x00a9 00169 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:99)	RET
	0x00aa 00170 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:99)	NOP
	0x00aa 00170 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:92)	MOVQ	AX, 8(SP)
	0x00af 00175 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:92)	MOVQ	BX, 16(SP)
	0x00b4 00180 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:92)	MOVQ	CX, 24(SP)
	0x00b9 00185 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:92)	CALL	runtime.morestack_noctxt(SB)
	0x00be 00190 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:92)	MOVQ	8(SP), AX
	0x00c3 00195 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:92)	MOVQ	16(SP), BX
	0x00c8 00200 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:92)	MOVQ	24(SP), CX
	0x00cd 00205 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:92)	JMP	0
container/list.(*List).insertValue STEXT size=295 align=0x0 args=0x20 locals=0x28 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	TEXT	container/list.(*List).insertValue(SB), ABIInternal, $40-32
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	JLS	245
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	SUBQ	$32, SP
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	AX, container/list.l+48(SP)
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	DI, container/list.at+72(SP)
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	CX, container/list.v+64(SP)
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	BX, container/list.v+56(SP)
	0x0026 00038 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVL	$40, AX
	0x002b 00043 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	LEAQ	type:container/list.Element(SB), BX
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVL	$1, CX
	0x0037 00055 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CALL	runtime.mallocgcSmallScanNoHeaderSC5(SB)
	0x003c 00060 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v+56(SP), DX
	0x0041 00065 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	DX, 24(AX)
	0x0045 00069 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CMPL	runtime.writeBarrier(SB), $0
	0x004c 00076 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	JNE	85
	0x004e 00078 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v+64(SP), CX
	0x0053 00083 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	JMP	98
	0x0055 00085 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CALL	runtime.gcWriteBarrier1(SB)
	0x005a 00090 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v+64(SP), CX
	0x005f 00095 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	CX, (R11)
	0x0062 00098 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	CX, 32(AX)
	0x0066 00102 (<unknown line number>)	NOP
	0x0066 00102 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	CMPL	runtime.writeBarrier(SB), $0
	0x006d 00109 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	JNE	118
	0x006f 00111 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	container/list.at+72(SP), CX
	0x0074 00116 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	JMP	131
	0x0076 00118 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	CALL	runtime.gcWriteBarrier1(SB)
	0x007b 00123 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	container/list.at+72(SP), CX
	0x0080 00128 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	CX, (R11)
	0x0083 00131 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	CX, 8(AX)
	0x0087 00135 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	(CX), DX
	0x008a 00138 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	CMPL	runtime.writeBarrier(SB), $0
	0x0091 00145 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	JEQ	166
	0x0093 00147 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	(CX), BX
	0x0096 00150 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	CALL	runtime.gcWriteBarrier3(SB)
	0x009b 00155 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	DX, (R11)
	0x009e 00158 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	AX, 8(R11)
	0x00a2 00162 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	BX, 16(R11)
	0x00a6 00166 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	DX, (AX)
	0x00a9 00169 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	AX, (CX)
	0x00ac 00172 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	(AX), CX
	0x00af 00175 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	TESTB	AL, (CX)
	0x00b1 00177 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	CMPL	runtime.writeBarrier(SB), $0
	0x00b8 00184 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	JNE	194
	0x00ba 00186 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	container/list.l+48(SP), DX
	0x00bf 00191 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	NOP
	0x00c0 00192 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	JMP	227
	0x00c2 00194 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	8(CX), DX
	0x00c6 00198 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	16(AX), BX
	0x00ca 00202 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	CALL	runtime.gcWriteBarrier4(SB)
	0x00cf 00207 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	AX, (R11)
	0x00d2 00210 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	DX, 8(R11)
	0x00d6 00214 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	container/list.l+48(SP), DX
	0x00db 00219 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	DX, 16(R11)
	0x00df 00223 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	BX, 24(R11)
	0x00e3 00227 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	AX, 8(CX)
	0x00e7 00231 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	DX, 16(AX)
	0x00eb 00235 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:98)	INCQ	40(DX)
	0x00ef 00239 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	ADDQ	$32, SP
	0x00f3 00243 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	POPQ	BP
	0x00f4 00244 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	RET
	0x00f5 00245 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	NOP
	0x00f5 00245 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	MOVQ	AX, 8(SP)
	0x00fa 00250 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	MOVQ	BX, 16(SP)
	0x00ff 00255 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	MOVQ	CX, 24(SP)
	0x0104 00260 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	MOVQ	DI, 32(SP)
	0x0109 00265 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	CALL	runtime.morestack_noctxt(SB)
	0x010e 00270 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	MOVQ	8(SP), AX
	0x0113 00275 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	MOVQ	16(SP), BX
	0x0118 00280 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	MOVQ	24(SP), CX
	0x011d 00285 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	MOVQ	32(SP), DI
	0x0122 00290 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:103)	JMP	0
container/list.(*List).remove STEXT size=157 align=0x0 args=0x10 locals=0x8 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:108)	TEXT	container/list.(*List).remove(SB), ABIInternal, $8-16
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:108)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:108)	JLS	127
	0x0006 00006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:108)	PUSHQ	BP
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:108)	MOVQ	SP, BP
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	MOVQ	8(BX), CX
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	TESTB	AL, (CX)
	0x0010 00016 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	MOVQ	(BX), DX
	0x0013 00019 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	CMPL	runtime.writeBarrier(SB), $0
	0x001a 00026 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	JEQ	44
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	MOVQ	(CX), SI
	0x001f 00031 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	NOP
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	CALL	runtime.gcWriteBarrier2(SB)
	0x0025 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	MOVQ	DX, (R11)
	0x0028 00040 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	MOVQ	SI, 8(R11)
	0x002c 00044 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	MOVQ	DX, (CX)
	0x002f 00047 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	MOVQ	(BX), CX
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	TESTB	AL, (CX)
	0x0034 00052 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	MOVQ	8(BX), DX
	0x0038 00056 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	CMPL	runtime.writeBarrier(SB), $0
	0x003f 00063 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	NOP
	0x0040 00064 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	JEQ	105
	0x0042 00066 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	MOVQ	8(CX), SI
	0x0046 00070 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:111)	MOVQ	(BX), DI
	0x0049 00073 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:112)	MOVQ	8(BX), R8
	0x004d 00077 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:113)	MOVQ	16(BX), R9
	0x0051 00081 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	CALL	runtime.gcWriteBarrier5(SB)
	0x0056 00086 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	MOVQ	DX, (R11)
	0x0059 00089 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	MOVQ	SI, 8(R11)
	0x005d 00093 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:111)	MOVQ	DI, 16(R11)
	0x0061 00097 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:112)	MOVQ	R8, 24(R11)
	0x0065 00101 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:113)	MOVQ	R9, 32(R11)
	0x0069 00105 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	MOVQ	DX, 8(CX)
	0x006d 00109 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:111)	MOVUPS	X15, (BX)
	0x0071 00113 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:113)	MOVQ	$0, 16(BX)
	0x0079 00121 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:114)	DECQ	40(AX)
	0x007d 00125 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:115)	POPQ	BP
	0x007e 00126 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:115)	RET
	0x007f 00127 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:115)	NOP
	0x007f 00127 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:108)	MOVQ	AX, 8(SP)
	0x0084 00132 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:108)	MOVQ	BX, 16(SP)
	0x0089 00137 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:108)	CALL	runtime.morestack_noctxt(SB)
	0x008e 00142 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:108)	MOVQ	8(SP), AX
	0x0093 00147 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:108)	MOVQ	16(SP), BX
	0x0098 00152 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:108)	JMP	0
container/list.(*List).move STEXT size=253 align=0x0 args=0x18 locals=0x8 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:118)	TEXT	container/list.(*List).move(SB), ABIInternal, $8-24
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:118)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:118)	JLS	213
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:118)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:118)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:119)	CMPQ	CX, BX
	0x0011 00017 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:119)	JEQ	211
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	8(BX), AX
	0x001b 00027 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	TESTB	AL, (AX)
	0x001d 00029 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	(BX), DX
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	CMPL	runtime.writeBarrier(SB), $0
	0x0027 00039 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	JEQ	56
	0x0029 00041 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	(AX), SI
	0x002c 00044 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	CALL	runtime.gcWriteBarrier2(SB)
	0x0031 00049 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	DX, (R11)
	0x0034 00052 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	SI, 8(R11)
	0x0038 00056 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	DX, (AX)
	0x003b 00059 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	(BX), AX
	0x003e 00062 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	TESTB	AL, (AX)
	0x0040 00064 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	8(BX), DX
	0x0044 00068 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	CMPL	runtime.writeBarrier(SB), $0
	0x004b 00075 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	JEQ	105
	0x004d 00077 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	8(AX), SI
	0x0051 00081 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	8(BX), DI
	0x0055 00085 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	CALL	runtime.gcWriteBarrier4(SB)
	0x005a 00090 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	DX, (R11)
	0x005d 00093 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	SI, 8(R11)
	0x0061 00097 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	CX, 16(R11)
	0x0065 00101 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	DI, 24(R11)
	0x0069 00105 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	DX, 8(AX)
	0x006d 00109 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	CX, 8(BX)
	0x0071 00113 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	(CX), AX
	0x0074 00116 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	CMPL	runtime.writeBarrier(SB), $0
	0x007b 00123 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	JEQ	140
	0x007d 00125 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	(BX), DX
	0x0080 00128 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	CALL	runtime.gcWriteBarrier2(SB)
	0x0085 00133 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	AX, (R11)
	0x0088 00136 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	DX, 8(R11)
	0x008c 00140 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	AX, (BX)
	0x008f 00143 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	TESTB	AL, (CX)
	0x0091 00145 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	CMPL	runtime.writeBarrier(SB), $0
	0x0098 00152 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	JEQ	172
	0x009a 00154 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	(CX), AX
	0x009d 00157 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	NOP
	0x00a0 00160 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	CALL	runtime.gcWriteBarrier2(SB)
	0x00a5 00165 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	BX, (R11)
	0x00a8 00168 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	AX, 8(R11)
	0x00ac 00172 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	BX, (CX)
	0x00af 00175 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	(BX), AX
	0x00b2 00178 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	TESTB	AL, (AX)
	0x00b4 00180 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	CMPL	runtime.writeBarrier(SB), $0
	0x00bb 00187 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	JEQ	205
	0x00bd 00189 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	8(AX), CX
	0x00c1 00193 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	CALL	runtime.gcWriteBarrier2(SB)
	0x00c6 00198 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	BX, (R11)
	0x00c9 00201 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	CX, 8(R11)
	0x00cd 00205 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	BX, 8(AX)
	0x00d1 00209 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:129)	POPQ	BP
	0x00d2 00210 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:129)	RET
	0x00d3 00211 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:120)	POPQ	BP
	0x00d4 00212 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:120)	RET
	0x00d5 00213 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:120)	NOP
	0x00d5 00213 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:118)	MOVQ	AX, 8(SP)
	0x00da 00218 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:118)	MOVQ	BX, 16(SP)
	0x00df 00223 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:118)	MOVQ	CX, 24(SP)
	0x00e4 00228 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:118)	CALL	runtime.morestack_noctxt(SB)
	0x00e9 00233 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:118)	MOVQ	8(SP), AX
	0x00ee 00238 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:118)	MOVQ	16(SP), BX
	0x00f3 00243 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:118)	MOVQ	24(SP), CX
	0x00f8 00248 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:118)	JMP	0
container/list.(*List).Remove STEXT size=174 align=0x0 args=0x10 locals=0x8 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:134)	TEXT	container/list.(*List).Remove(SB), ABIInternal, $8-16
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:134)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:134)	JLS	144
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:134)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:134)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:135)	CMPQ	16(BX), AX
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:135)	JNE	134
	0x0014 00020 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	MOVQ	8(BX), CX
	0x0018 00024 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	TESTB	AL, (CX)
	0x001a 00026 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:138)	XCHGL	AX, AX
	0x001b 00027 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	MOVQ	(BX), DX
	0x001e 00030 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	CMPL	runtime.writeBarrier(SB), $0
	0x0025 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	JEQ	54
	0x0027 00039 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	MOVQ	(CX), SI
	0x002a 00042 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	CALL	runtime.gcWriteBarrier2(SB)
	0x002f 00047 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	MOVQ	DX, (R11)
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	MOVQ	SI, 8(R11)
	0x0036 00054 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:109)	MOVQ	DX, (CX)
	0x0039 00057 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	MOVQ	(BX), CX
	0x003c 00060 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	TESTB	AL, (CX)
	0x003e 00062 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	MOVQ	8(BX), DX
	0x0042 00066 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	CMPL	runtime.writeBarrier(SB), $0
	0x0049 00073 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	JEQ	114
	0x004b 00075 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	MOVQ	8(CX), SI
	0x004f 00079 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:111)	MOVQ	(BX), DI
	0x0052 00082 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:112)	MOVQ	8(BX), R8
	0x0056 00086 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:113)	MOVQ	16(BX), R9
	0x005a 00090 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	CALL	runtime.gcWriteBarrier5(SB)
	0x005f 00095 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	MOVQ	DX, (R11)
	0x0062 00098 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	MOVQ	SI, 8(R11)
	0x0066 00102 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:111)	MOVQ	DI, 16(R11)
	0x006a 00106 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:112)	MOVQ	R8, 24(R11)
	0x006e 00110 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:113)	MOVQ	R9, 32(R11)
	0x0072 00114 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:110)	MOVQ	DX, 8(CX)
	0x0076 00118 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:111)	MOVUPS	X15, (BX)
	0x007a 00122 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:113)	MOVQ	$0, 16(BX)
	0x0082 00130 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:114)	DECQ	40(AX)
	0x0086 00134 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:140)	MOVQ	24(BX), AX
	0x008a 00138 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:140)	MOVQ	32(BX), BX
	0x008e 00142 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:140)	POPQ	BP
	0x008f 00143 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:140)	RET
	0x0090 00144 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:140)	NOP
	0x0090 00144 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:134)	MOVQ	AX, 8(SP)
	0x0095 00149 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:134)	MOVQ	BX, 16(SP)
	0x009a 00154 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:134)	CALL	runtime.morestack_noctxt(SB)
	0x009f 00159 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:134)	MOVQ	8(SP), AX
	0x00a4 00164 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:134)	MOVQ	16(SP), BX
	0x00a9 00169 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:134)	JMP	0
container/list.(*List).PushFront STEXT size=325 align=0x0 args=0x18 locals=0x28 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:144)	TEXT	container/list.(*List).PushFront(SB), ABIInternal, $40-24
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:144)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:144)	JLS	284
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:144)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:144)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:144)	SUBQ	$32, SP
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	MOVQ	AX, container/list.l+48(SP)
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	MOVQ	CX, container/list.v+64(SP)
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	MOVQ	BX, container/list.v+56(SP)
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:145)	XCHGL	AX, AX
	0x0022 00034 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	CMPQ	(AX), $0
	0x0026 00038 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	JNE	88
	0x0028 00040 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:87)	XCHGL	AX, AX
	0x0029 00041 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	CMPL	runtime.writeBarrier(SB), $0
	0x0030 00048 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	JEQ	73
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	(AX), DX
	0x0035 00053 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	8(AX), SI
	0x0039 00057 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	CALL	runtime.gcWriteBarrier3(SB)
	0x003e 00062 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	AX, (R11)
	0x0041 00065 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	DX, 8(R11)
	0x0045 00069 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	SI, 16(R11)
	0x0049 00073 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	AX, (AX)
	0x004c 00076 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	AX, 8(AX)
	0x0050 00080 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:57)	MOVQ	$0, 40(AX)
	0x0058 00088 (<unknown line number>)	NOP
	0x0058 00088 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVL	$40, AX
	0x005d 00093 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	LEAQ	type:container/list.Element(SB), BX
	0x0064 00100 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVL	$1, CX
	0x0069 00105 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CALL	runtime.mallocgcSmallScanNoHeaderSC5(SB)
	0x006e 00110 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v+56(SP), DX
	0x0073 00115 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	DX, 24(AX)
	0x0077 00119 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CMPL	runtime.writeBarrier(SB), $0
	0x007e 00126 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	NOP
	0x0080 00128 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	JNE	137
	0x0082 00130 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v+64(SP), CX
	0x0087 00135 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	JMP	150
	0x0089 00137 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CALL	runtime.gcWriteBarrier1(SB)
	0x008e 00142 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v+64(SP), CX
	0x0093 00147 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	CX, (R11)
	0x0096 00150 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	CX, 32(AX)
	0x009a 00154 (<unknown line number>)	NOP
	0x009a 00154 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	CMPL	runtime.writeBarrier(SB), $0
	0x00a1 00161 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	JNE	170
	0x00a3 00163 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	container/list.l+48(SP), CX
	0x00a8 00168 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	JMP	183
	0x00aa 00170 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	CALL	runtime.gcWriteBarrier1(SB)
	0x00af 00175 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	container/list.l+48(SP), CX
	0x00b4 00180 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	CX, (R11)
	0x00b7 00183 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	CX, 8(AX)
	0x00bb 00187 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	(CX), DX
	0x00be 00190 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	CMPL	runtime.writeBarrier(SB), $0
	0x00c5 00197 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	JEQ	218
	0x00c7 00199 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	(CX), BX
	0x00ca 00202 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	CALL	runtime.gcWriteBarrier3(SB)
	0x00cf 00207 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	DX, (R11)
	0x00d2 00210 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	AX, 8(R11)
	0x00d6 00214 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	BX, 16(R11)
	0x00da 00218 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	DX, (AX)
	0x00dd 00221 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	AX, (CX)
	0x00e0 00224 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	(AX), DX
	0x00e3 00227 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	TESTB	AL, (DX)
	0x00e5 00229 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	CMPL	runtime.writeBarrier(SB), $0
	0x00ec 00236 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	JEQ	266
	0x00ee 00238 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	8(DX), BX
	0x00f2 00242 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	16(AX), SI
	0x00f6 00246 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	CALL	runtime.gcWriteBarrier4(SB)
	0x00fb 00251 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	AX, (R11)
	0x00fe 00254 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	BX, 8(R11)
	0x0102 00258 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	CX, 16(R11)
	0x0106 00262 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	SI, 24(R11)
	0x010a 00266 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	AX, 8(DX)
	0x010e 00270 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	CX, 16(AX)
	0x0112 00274 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:98)	INCQ	40(CX)
	0x0116 00278 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:146)	ADDQ	$32, SP
	0x011a 00282 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:146)	POPQ	BP
	0x011b 00283 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:146)	RET
	0x011c 00284 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:146)	NOP
	0x011c 00284 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:144)	MOVQ	AX, 8(SP)
	0x0121 00289 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:144)	MOVQ	BX, 16(SP)
	0x0126 00294 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:144)	MOVQ	CX, 24(SP)
	0x012b 00299 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:144)	CALL	runtime.morestack_noctxt(SB)
	0x0130 00304 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:144)	MOVQ	8(SP), AX
	0x0135 00309 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:144)	MOVQ	16(SP), BX
	0x013a 00314 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:144)	MOVQ	24(SP), CX
	0x013f 00319 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:144)	NOP
	0x0140 00320 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:144)	JMP	0
container/list.(*List).PushBack STEXT size=345 align=0x0 args=0x18 locals=0x30 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:150)	TEXT	container/list.(*List).PushBack(SB), ABIInternal, $48-24
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:150)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:150)	JLS	303
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:150)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:150)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:150)	SUBQ	$40, SP
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	MOVQ	CX, container/list.v+72(SP)
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	MOVQ	BX, container/list.v+64(SP)
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:151)	XCHGL	AX, AX
	0x001d 00029 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	CMPQ	(AX), $0
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	JNE	83
	0x0023 00035 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:87)	XCHGL	AX, AX
	0x0024 00036 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	CMPL	runtime.writeBarrier(SB), $0
	0x002b 00043 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	JEQ	68
	0x002d 00045 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	(AX), DX
	0x0030 00048 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	8(AX), SI
	0x0034 00052 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	CALL	runtime.gcWriteBarrier3(SB)
	0x0039 00057 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	AX, (R11)
	0x003c 00060 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	DX, 8(R11)
	0x0040 00064 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	SI, 16(R11)
	0x0044 00068 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	AX, (AX)
	0x0047 00071 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	AX, 8(AX)
	0x004b 00075 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:57)	MOVQ	$0, 40(AX)
	0x0053 00083 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	MOVQ	AX, container/list.l+56(SP)
	0x0058 00088 (<unknown line number>)	NOP
	0x0058 00088 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:152)	MOVQ	8(AX), DX
	0x005c 00092 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:152)	MOVQ	DX, container/list.at+32(SP)
	0x0061 00097 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVL	$40, AX
	0x0066 00102 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	LEAQ	type:container/list.Element(SB), BX
	0x006d 00109 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVL	$1, CX
	0x0072 00114 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CALL	runtime.mallocgcSmallScanNoHeaderSC5(SB)
	0x0077 00119 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v+64(SP), DX
	0x007c 00124 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	DX, 24(AX)
	0x0080 00128 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CMPL	runtime.writeBarrier(SB), $0
	0x0087 00135 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	JNE	144
	0x0089 00137 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v+72(SP), CX
	0x008e 00142 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	JMP	157
	0x0090 00144 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CALL	runtime.gcWriteBarrier1(SB)
	0x0095 00149 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v+72(SP), CX
	0x009a 00154 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	CX, (R11)
	0x009d 00157 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	CX, 32(AX)
	0x00a1 00161 (<unknown line number>)	NOP
	0x00a1 00161 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	CMPL	runtime.writeBarrier(SB), $0
	0x00a8 00168 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	JNE	177
	0x00aa 00170 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	container/list.at+32(SP), CX
	0x00af 00175 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	JMP	190
	0x00b1 00177 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	CALL	runtime.gcWriteBarrier1(SB)
	0x00b6 00182 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	container/list.at+32(SP), CX
	0x00bb 00187 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	CX, (R11)
	0x00be 00190 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	CX, 8(AX)
	0x00c2 00194 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	(CX), DX
	0x00c5 00197 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	CMPL	runtime.writeBarrier(SB), $0
	0x00cc 00204 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	JEQ	225
	0x00ce 00206 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	(CX), BX
	0x00d1 00209 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	CALL	runtime.gcWriteBarrier3(SB)
	0x00d6 00214 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	DX, (R11)
	0x00d9 00217 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	AX, 8(R11)
	0x00dd 00221 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	BX, 16(R11)
	0x00e1 00225 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	DX, (AX)
	0x00e4 00228 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	AX, (CX)
	0x00e7 00231 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	(AX), CX
	0x00ea 00234 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	TESTB	AL, (CX)
	0x00ec 00236 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	CMPL	runtime.writeBarrier(SB), $0
	0x00f3 00243 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	JNE	252
	0x00f5 00245 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	container/list.l+56(SP), DX
	0x00fa 00250 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	JMP	285
	0x00fc 00252 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	8(CX), DX
	0x0100 00256 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	16(AX), BX
	0x0104 00260 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	CALL	runtime.gcWriteBarrier4(SB)
	0x0109 00265 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	AX, (R11)
	0x010c 00268 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	DX, 8(R11)
	0x0110 00272 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	container/list.l+56(SP), DX
	0x0115 00277 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	DX, 16(R11)
	0x0119 00281 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	BX, 24(R11)
	0x011d 00285 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	AX, 8(CX)
	0x0121 00289 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	DX, 16(AX)
	0x0125 00293 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:98)	INCQ	40(DX)
	0x0129 00297 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:152)	ADDQ	$40, SP
	0x012d 00301 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:152)	POPQ	BP
	0x012e 00302 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:152)	RET
	0x012f 00303 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:152)	NOP
	0x012f 00303 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:150)	MOVQ	AX, 8(SP)
	0x0134 00308 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:150)	MOVQ	BX, 16(SP)
	0x0139 00313 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:150)	MOVQ	CX, 24(SP)
	0x013e 00318 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:150)	NOP
	0x0140 00320 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:150)	CALL	runtime.morestack_noctxt(SB)
	0x0145 00325 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:150)	MOVQ	8(SP), AX
	0x014a 00330 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:150)	MOVQ	16(SP), BX
	0x014f 00335 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:150)	MOVQ	24(SP), CX
	0x0154 00340 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:150)	JMP	0
container/list.(*List).InsertBefore STEXT size=330 align=0x0 args=0x20 locals=0x30 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	TEXT	container/list.(*List).InsertBefore(SB), ABIInternal, $48-32
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	JLS	280
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	SUBQ	$40, SP
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	MOVQ	BX, container/list.v+64(FP)
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	MOVQ	CX, container/list.v+72(FP)
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	NOP
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:159)	CMPQ	16(DI), AX
	0x0024 00036 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:159)	JNE	272
	0x002a 00042 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:159)	MOVQ	AX, container/list.l+56(SP)
	0x002f 00047 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:159)	MOVQ	CX, container/list.v+72(SP)
	0x0034 00052 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:159)	MOVQ	BX, container/list.v+64(SP)
	0x0039 00057 (<unknown line number>)	NOP
	0x0039 00057 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:163)	MOVQ	8(DI), DX
	0x003d 00061 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:163)	MOVQ	DX, container/list.at+32(SP)
	0x0042 00066 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVL	$40, AX
	0x0047 00071 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	LEAQ	type:container/list.Element(SB), BX
	0x004e 00078 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVL	$1, CX
	0x0053 00083 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CALL	runtime.mallocgcSmallScanNoHeaderSC5(SB)
	0x0058 00088 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v+64(SP), DX
	0x005d 00093 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	DX, 24(AX)
	0x0061 00097 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CMPL	runtime.writeBarrier(SB), $0
	0x0068 00104 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	JNE	113
	0x006a 00106 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v+72(SP), CX
	0x006f 00111 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	JMP	126
	0x0071 00113 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CALL	runtime.gcWriteBarrier1(SB)
	0x0076 00118 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v+72(SP), CX
	0x007b 00123 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	CX, (R11)
	0x007e 00126 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	CX, 32(AX)
	0x0082 00130 (<unknown line number>)	NOP
	0x0082 00130 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	CMPL	runtime.writeBarrier(SB), $0
	0x0089 00137 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	JNE	146
	0x008b 00139 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	container/list.at+32(SP), CX
	0x0090 00144 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	JMP	159
	0x0092 00146 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	CALL	runtime.gcWriteBarrier1(SB)
	0x0097 00151 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	container/list.at+32(SP), CX
	0x009c 00156 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	CX, (R11)
	0x009f 00159 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	CX, 8(AX)
	0x00a3 00163 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	(CX), DX
	0x00a6 00166 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	CMPL	runtime.writeBarrier(SB), $0
	0x00ad 00173 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	JEQ	194
	0x00af 00175 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	(CX), BX
	0x00b2 00178 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	CALL	runtime.gcWriteBarrier3(SB)
	0x00b7 00183 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	DX, (R11)
	0x00ba 00186 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	AX, 8(R11)
	0x00be 00190 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	BX, 16(R11)
	0x00c2 00194 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	DX, (AX)
	0x00c5 00197 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	AX, (CX)
	0x00c8 00200 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	(AX), CX
	0x00cb 00203 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	TESTB	AL, (CX)
	0x00cd 00205 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	CMPL	runtime.writeBarrier(SB), $0
	0x00d4 00212 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	JNE	221
	0x00d6 00214 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	container/list.l+56(SP), DX
	0x00db 00219 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	JMP	254
	0x00dd 00221 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	8(CX), DX
	0x00e1 00225 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	16(AX), BX
	0x00e5 00229 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	CALL	runtime.gcWriteBarrier4(SB)
	0x00ea 00234 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	AX, (R11)
	0x00ed 00237 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	DX, 8(R11)
	0x00f1 00241 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	container/list.l+56(SP), DX
	0x00f6 00246 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	DX, 16(R11)
	0x00fa 00250 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	BX, 24(R11)
	0x00fe 00254 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	AX, 8(CX)
	0x0102 00258 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	DX, 16(AX)
	0x0106 00262 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:98)	INCQ	40(DX)
	0x010a 00266 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:163)	ADDQ	$40, SP
	0x010e 00270 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:163)	POPQ	BP
	0x010f 00271 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:163)	RET
	0x0110 00272 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:160)	XORL	AX, AX
	0x0112 00274 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:160)	ADDQ	$40, SP
	0x0116 00278 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:160)	POPQ	BP
	0x0117 00279 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:160)	RET
	0x0118 00280 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:160)	NOP
	0x0118 00280 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	MOVQ	AX, 8(SP)
	0x011d 00285 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	MOVQ	BX, 16(SP)
	0x0122 00290 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	MOVQ	CX, 24(SP)
	0x0127 00295 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	MOVQ	DI, 32(SP)
	0x012c 00300 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	CALL	runtime.morestack_noctxt(SB)
	0x0131 00305 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	MOVQ	8(SP), AX
	0x0136 00310 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	MOVQ	16(SP), BX
	0x013b 00315 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	MOVQ	24(SP), CX
	0x0140 00320 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	MOVQ	32(SP), DI
	0x0145 00325 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:158)	JMP	0
container/list.(*List).InsertAfter STEXT size=326 align=0x0 args=0x20 locals=0x28 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	TEXT	container/list.(*List).InsertAfter(SB), ABIInternal, $40-32
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	JLS	276
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	SUBQ	$32, SP
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	MOVQ	BX, container/list.v+56(FP)
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	MOVQ	CX, container/list.v+64(FP)
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	NOP
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:170)	CMPQ	16(DI), AX
	0x0024 00036 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:170)	JNE	268
	0x002a 00042 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:170)	MOVQ	AX, container/list.l+48(SP)
	0x002f 00047 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:170)	MOVQ	DI, container/list.mark+72(SP)
	0x0034 00052 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:170)	MOVQ	CX, container/list.v+64(SP)
	0x0039 00057 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:170)	MOVQ	BX, container/list.v+56(SP)
	0x003e 00062 (<unknown line number>)	NOP
	0x003e 00062 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVL	$40, AX
	0x0043 00067 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	LEAQ	type:container/list.Element(SB), BX
	0x004a 00074 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVL	$1, CX
	0x004f 00079 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CALL	runtime.mallocgcSmallScanNoHeaderSC5(SB)
	0x0054 00084 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v+56(SP), DX
	0x0059 00089 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	DX, 24(AX)
	0x005d 00093 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CMPL	runtime.writeBarrier(SB), $0
	0x0064 00100 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	JNE	109
	0x0066 00102 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v+64(SP), CX
	0x006b 00107 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	JMP	122
	0x006d 00109 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CALL	runtime.gcWriteBarrier1(SB)
	0x0072 00114 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v+64(SP), CX
	0x0077 00119 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	CX, (R11)
	0x007a 00122 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	CX, 32(AX)
	0x007e 00126 (<unknown line number>)	NOP
	0x007e 00126 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	CMPL	runtime.writeBarrier(SB), $0
	0x0085 00133 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	JNE	142
	0x0087 00135 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	container/list.mark+72(SP), CX
	0x008c 00140 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	JMP	155
	0x008e 00142 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	CALL	runtime.gcWriteBarrier1(SB)
	0x0093 00147 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	container/list.mark+72(SP), CX
	0x0098 00152 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	CX, (R11)
	0x009b 00155 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	CX, 8(AX)
	0x009f 00159 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	(CX), DX
	0x00a2 00162 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	CMPL	runtime.writeBarrier(SB), $0
	0x00a9 00169 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	JEQ	190
	0x00ab 00171 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	(CX), BX
	0x00ae 00174 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	CALL	runtime.gcWriteBarrier3(SB)
	0x00b3 00179 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	DX, (R11)
	0x00b6 00182 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	AX, 8(R11)
	0x00ba 00186 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	BX, 16(R11)
	0x00be 00190 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	DX, (AX)
	0x00c1 00193 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	AX, (CX)
	0x00c4 00196 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	(AX), CX
	0x00c7 00199 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	TESTB	AL, (CX)
	0x00c9 00201 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	CMPL	runtime.writeBarrier(SB), $0
	0x00d0 00208 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	JNE	217
	0x00d2 00210 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	container/list.l+48(SP), DX
	0x00d7 00215 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	JMP	250
	0x00d9 00217 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	8(CX), DX
	0x00dd 00221 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	16(AX), BX
	0x00e1 00225 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	CALL	runtime.gcWriteBarrier4(SB)
	0x00e6 00230 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	AX, (R11)
	0x00e9 00233 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	DX, 8(R11)
	0x00ed 00237 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	container/list.l+48(SP), DX
	0x00f2 00242 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	DX, 16(R11)
	0x00f6 00246 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	BX, 24(R11)
	0x00fa 00250 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	AX, 8(CX)
	0x00fe 00254 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	DX, 16(AX)
	0x0102 00258 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:98)	INCQ	40(DX)
	0x0106 00262 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:174)	ADDQ	$32, SP
	0x010a 00266 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:174)	POPQ	BP
	0x010b 00267 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:174)	RET
	0x010c 00268 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:171)	XORL	AX, AX
	0x010e 00270 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:171)	ADDQ	$32, SP
	0x0112 00274 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:171)	POPQ	BP
	0x0113 00275 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:171)	RET
	0x0114 00276 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:171)	NOP
	0x0114 00276 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	MOVQ	AX, 8(SP)
	0x0119 00281 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	MOVQ	BX, 16(SP)
	0x011e 00286 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	MOVQ	CX, 24(SP)
	0x0123 00291 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	MOVQ	DI, 32(SP)
	0x0128 00296 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	CALL	runtime.morestack_noctxt(SB)
	0x012d 00301 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	MOVQ	8(SP), AX
	0x0132 00306 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	MOVQ	16(SP), BX
	0x0137 00311 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	MOVQ	24(SP), CX
	0x013c 00316 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	MOVQ	32(SP), DI
	0x0141 00321 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:169)	JMP	0
container/list.(*List).MoveToFront STEXT size=261 align=0x0 args=0x10 locals=0x8 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:180)	TEXT	container/list.(*List).MoveToFront(SB), ABIInternal, $8-16
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:180)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:180)	JLS	229
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:180)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:180)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:181)	CMPQ	16(BX), AX
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:181)	JNE	25
	0x0014 00020 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:181)	CMPQ	(AX), BX
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:181)	JNE	27
	0x0019 00025 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:182)	POPQ	BP
	0x001a 00026 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:182)	RET
	0x001b 00027 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:185)	XCHGL	AX, AX
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:185)	NOP
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:119)	CMPQ	BX, AX
	0x0023 00035 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:119)	JEQ	227
	0x0029 00041 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	8(BX), CX
	0x002d 00045 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	TESTB	AL, (CX)
	0x002f 00047 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	(BX), DX
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	CMPL	runtime.writeBarrier(SB), $0
	0x0039 00057 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	JEQ	76
	0x003b 00059 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	(CX), SI
	0x003e 00062 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	NOP
	0x0040 00064 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	CALL	runtime.gcWriteBarrier2(SB)
	0x0045 00069 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	DX, (R11)
	0x0048 00072 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	SI, 8(R11)
	0x004c 00076 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	DX, (CX)
	0x004f 00079 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	(BX), CX
	0x0052 00082 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	TESTB	AL, (CX)
	0x0054 00084 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	8(BX), DX
	0x0058 00088 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	CMPL	runtime.writeBarrier(SB), $0
	0x005f 00095 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	NOP
	0x0060 00096 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	JEQ	126
	0x0062 00098 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	8(CX), SI
	0x0066 00102 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	8(BX), DI
	0x006a 00106 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	CALL	runtime.gcWriteBarrier4(SB)
	0x006f 00111 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	DX, (R11)
	0x0072 00114 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	SI, 8(R11)
	0x0076 00118 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	AX, 16(R11)
	0x007a 00122 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	DI, 24(R11)
	0x007e 00126 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	DX, 8(CX)
	0x0082 00130 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	AX, 8(BX)
	0x0086 00134 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	(AX), CX
	0x0089 00137 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	CMPL	runtime.writeBarrier(SB), $0
	0x0090 00144 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	JEQ	161
	0x0092 00146 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	(BX), DX
	0x0095 00149 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	CALL	runtime.gcWriteBarrier2(SB)
	0x009a 00154 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	CX, (R11)
	0x009d 00157 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	DX, 8(R11)
	0x00a1 00161 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	CX, (BX)
	0x00a4 00164 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	TESTB	AL, (AX)
	0x00a6 00166 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	CMPL	runtime.writeBarrier(SB), $0
	0x00ad 00173 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	JEQ	190
	0x00af 00175 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	(AX), CX
	0x00b2 00178 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	CALL	runtime.gcWriteBarrier2(SB)
	0x00b7 00183 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	BX, (R11)
	0x00ba 00186 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	CX, 8(R11)
	0x00be 00190 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	BX, (AX)
	0x00c1 00193 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	(BX), AX
	0x00c4 00196 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	TESTB	AL, (AX)
	0x00c6 00198 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	CMPL	runtime.writeBarrier(SB), $0
	0x00cd 00205 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	JEQ	223
	0x00cf 00207 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	8(AX), CX
	0x00d3 00211 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	CALL	runtime.gcWriteBarrier2(SB)
	0x00d8 00216 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	BX, (R11)
	0x00db 00219 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	CX, 8(R11)
	0x00df 00223 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	BX, 8(AX)
	0x00e3 00227 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:186)	POPQ	BP
	0x00e4 00228 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:186)	RET
	0x00e5 00229 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:186)	NOP
	0x00e5 00229 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:180)	MOVQ	AX, 8(SP)
	0x00ea 00234 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:180)	MOVQ	BX, 16(SP)
	0x00ef 00239 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:180)	CALL	runtime.morestack_noctxt(SB)
	0x00f4 00244 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:180)	MOVQ	8(SP), AX
	0x00f9 00249 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:180)	MOVQ	16(SP), BX
	0x00fe 00254 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:180)	NOP
	0x0100 00256 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:180)	JMP	0
container/list.(*List).MoveToBack STEXT size=249 align=0x0 args=0x10 locals=0x8 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:191)	TEXT	container/list.(*List).MoveToBack(SB), ABIInternal, $8-16
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:191)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:191)	JLS	219
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:191)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:191)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:192)	CMPQ	16(BX), AX
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:192)	JNE	29
	0x0014 00020 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:192)	MOVQ	8(AX), AX
	0x0018 00024 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:192)	CMPQ	BX, AX
	0x001b 00027 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:192)	JNE	31
	0x001d 00029 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:193)	POPQ	BP
	0x001e 00030 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:193)	RET
	0x001f 00031 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	8(BX), CX
	0x0023 00035 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	TESTB	AL, (CX)
	0x0025 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:196)	XCHGL	AX, AX
	0x0026 00038 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	(BX), DX
	0x0029 00041 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	CMPL	runtime.writeBarrier(SB), $0
	0x0030 00048 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	JEQ	65
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	(CX), SI
	0x0035 00053 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	CALL	runtime.gcWriteBarrier2(SB)
	0x003a 00058 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	DX, (R11)
	0x003d 00061 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	SI, 8(R11)
	0x0041 00065 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	DX, (CX)
	0x0044 00068 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	(BX), CX
	0x0047 00071 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	TESTB	AL, (CX)
	0x0049 00073 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	8(BX), DX
	0x004d 00077 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	CMPL	runtime.writeBarrier(SB), $0
	0x0054 00084 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	JEQ	116
	0x0056 00086 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	8(CX), SI
	0x005a 00090 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	8(BX), DI
	0x005e 00094 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	NOP
	0x0060 00096 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	CALL	runtime.gcWriteBarrier4(SB)
	0x0065 00101 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	DX, (R11)
	0x0068 00104 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	SI, 8(R11)
	0x006c 00108 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	AX, 16(R11)
	0x0070 00112 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	DI, 24(R11)
	0x0074 00116 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	DX, 8(CX)
	0x0078 00120 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	AX, 8(BX)
	0x007c 00124 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	(AX), CX
	0x007f 00127 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	CMPL	runtime.writeBarrier(SB), $0
	0x0086 00134 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	JEQ	151
	0x0088 00136 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	(BX), DX
	0x008b 00139 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	CALL	runtime.gcWriteBarrier2(SB)
	0x0090 00144 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	CX, (R11)
	0x0093 00147 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	DX, 8(R11)
	0x0097 00151 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	CX, (BX)
	0x009a 00154 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	TESTB	AL, (AX)
	0x009c 00156 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	CMPL	runtime.writeBarrier(SB), $0
	0x00a3 00163 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	JEQ	180
	0x00a5 00165 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	(AX), CX
	0x00a8 00168 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	CALL	runtime.gcWriteBarrier2(SB)
	0x00ad 00173 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	BX, (R11)
	0x00b0 00176 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	CX, 8(R11)
	0x00b4 00180 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	BX, (AX)
	0x00b7 00183 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	(BX), AX
	0x00ba 00186 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	TESTB	AL, (AX)
	0x00bc 00188 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	CMPL	runtime.writeBarrier(SB), $0
	0x00c3 00195 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	JEQ	213
	0x00c5 00197 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	8(AX), CX
	0x00c9 00201 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	CALL	runtime.gcWriteBarrier2(SB)
	0x00ce 00206 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	BX, (R11)
	0x00d1 00209 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	CX, 8(R11)
	0x00d5 00213 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	BX, 8(AX)
	0x00d9 00217 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:197)	POPQ	BP
	0x00da 00218 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:197)	RET
	0x00db 00219 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:197)	NOP
	0x00db 00219 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:191)	MOVQ	AX, 8(SP)
	0x00e0 00224 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:191)	MOVQ	BX, 16(SP)
	0x00e5 00229 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:191)	CALL	runtime.morestack_noctxt(SB)
	0x00ea 00234 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:191)	MOVQ	8(SP), AX
	0x00ef 00239 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:191)	MOVQ	16(SP), BX
	0x00f4 00244 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:191)	JMP	0
container/list.(*List).MoveBefore STEXT size=273 align=0x0 args=0x18 locals=0x8 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:202)	TEXT	container/list.(*List).MoveBefore(SB), ABIInternal, $8-24
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:202)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:202)	JLS	233
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:202)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:202)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:203)	CMPQ	16(BX), AX
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:203)	JNE	31
	0x0014 00020 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:203)	CMPQ	CX, BX
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:203)	JEQ	31
	0x0019 00025 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:203)	CMPQ	16(CX), AX
	0x001d 00029 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:203)	JEQ	33
	0x001f 00031 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:204)	POPQ	BP
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:204)	RET
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:206)	MOVQ	8(CX), AX
	0x0025 00037 (<unknown line number>)	NOP
	0x0025 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:119)	CMPQ	BX, AX
	0x0028 00040 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:119)	JEQ	231
	0x002e 00046 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	8(BX), CX
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	TESTB	AL, (CX)
	0x0034 00052 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	(BX), DX
	0x0037 00055 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	CMPL	runtime.writeBarrier(SB), $0
	0x003e 00062 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	NOP
	0x0040 00064 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	JEQ	81
	0x0042 00066 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	(CX), SI
	0x0045 00069 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	CALL	runtime.gcWriteBarrier2(SB)
	0x004a 00074 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	DX, (R11)
	0x004d 00077 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	SI, 8(R11)
	0x0051 00081 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	DX, (CX)
	0x0054 00084 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	(BX), CX
	0x0057 00087 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	TESTB	AL, (CX)
	0x0059 00089 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	8(BX), DX
	0x005d 00093 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	CMPL	runtime.writeBarrier(SB), $0
	0x0064 00100 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	JEQ	130
	0x0066 00102 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	8(CX), SI
	0x006a 00106 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	8(BX), DI
	0x006e 00110 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	CALL	runtime.gcWriteBarrier4(SB)
	0x0073 00115 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	DX, (R11)
	0x0076 00118 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	SI, 8(R11)
	0x007a 00122 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	AX, 16(R11)
	0x007e 00126 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	DI, 24(R11)
	0x0082 00130 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	DX, 8(CX)
	0x0086 00134 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	AX, 8(BX)
	0x008a 00138 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	(AX), CX
	0x008d 00141 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	CMPL	runtime.writeBarrier(SB), $0
	0x0094 00148 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	JEQ	165
	0x0096 00150 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	(BX), DX
	0x0099 00153 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	CALL	runtime.gcWriteBarrier2(SB)
	0x009e 00158 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	CX, (R11)
	0x00a1 00161 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	DX, 8(R11)
	0x00a5 00165 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	CX, (BX)
	0x00a8 00168 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	TESTB	AL, (AX)
	0x00aa 00170 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	CMPL	runtime.writeBarrier(SB), $0
	0x00b1 00177 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	JEQ	194
	0x00b3 00179 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	(AX), CX
	0x00b6 00182 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	CALL	runtime.gcWriteBarrier2(SB)
	0x00bb 00187 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	BX, (R11)
	0x00be 00190 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	CX, 8(R11)
	0x00c2 00194 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	BX, (AX)
	0x00c5 00197 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	(BX), AX
	0x00c8 00200 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	TESTB	AL, (AX)
	0x00ca 00202 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	CMPL	runtime.writeBarrier(SB), $0
	0x00d1 00209 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	JEQ	227
	0x00d3 00211 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	8(AX), CX
	0x00d7 00215 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	CALL	runtime.gcWriteBarrier2(SB)
	0x00dc 00220 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	BX, (R11)
	0x00df 00223 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	CX, 8(R11)
	0x00e3 00227 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	BX, 8(AX)
	0x00e7 00231 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:207)	POPQ	BP
	0x00e8 00232 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:207)	RET
	0x00e9 00233 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:207)	NOP
	0x00e9 00233 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:202)	MOVQ	AX, 8(SP)
	0x00ee 00238 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:202)	MOVQ	BX, 16(SP)
	0x00f3 00243 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:202)	MOVQ	CX, 24(SP)
	0x00f8 00248 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:202)	CALL	runtime.morestack_noctxt(SB)
	0x00fd 00253 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:202)	MOVQ	8(SP), AX
	0x0102 00258 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:202)	MOVQ	16(SP), BX
	0x0107 00263 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:202)	MOVQ	24(SP), CX
	0x010c 00268 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:202)	JMP	0
container/list.(*List).MoveAfter STEXT size=261 align=0x0 args=0x18 locals=0x8 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:212)	TEXT	container/list.(*List).MoveAfter(SB), ABIInternal, $8-24
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:212)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:212)	JLS	219
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:212)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:212)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:213)	CMPQ	16(BX), AX
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:213)	JNE	31
	0x0014 00020 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:213)	CMPQ	CX, BX
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:213)	JEQ	31
	0x0019 00025 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:213)	CMPQ	16(CX), AX
	0x001d 00029 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:213)	JEQ	33
	0x001f 00031 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:214)	POPQ	BP
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:214)	RET
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	8(BX), AX
	0x0025 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	TESTB	AL, (AX)
	0x0027 00039 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:216)	XCHGL	AX, AX
	0x0028 00040 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	(BX), DX
	0x002b 00043 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	CMPL	runtime.writeBarrier(SB), $0
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	JEQ	67
	0x0034 00052 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	(AX), SI
	0x0037 00055 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	CALL	runtime.gcWriteBarrier2(SB)
	0x003c 00060 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	DX, (R11)
	0x003f 00063 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	SI, 8(R11)
	0x0043 00067 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:122)	MOVQ	DX, (AX)
	0x0046 00070 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	(BX), AX
	0x0049 00073 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	TESTB	AL, (AX)
	0x004b 00075 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	8(BX), DX
	0x004f 00079 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	CMPL	runtime.writeBarrier(SB), $0
	0x0056 00086 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	JEQ	116
	0x0058 00088 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	8(AX), SI
	0x005c 00092 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	8(BX), DI
	0x0060 00096 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	CALL	runtime.gcWriteBarrier4(SB)
	0x0065 00101 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	DX, (R11)
	0x0068 00104 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	SI, 8(R11)
	0x006c 00108 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	CX, 16(R11)
	0x0070 00112 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	DI, 24(R11)
	0x0074 00116 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:123)	MOVQ	DX, 8(AX)
	0x0078 00120 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:125)	MOVQ	CX, 8(BX)
	0x007c 00124 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	(CX), AX
	0x007f 00127 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	CMPL	runtime.writeBarrier(SB), $0
	0x0086 00134 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	JEQ	151
	0x0088 00136 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	(BX), DX
	0x008b 00139 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	CALL	runtime.gcWriteBarrier2(SB)
	0x0090 00144 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	AX, (R11)
	0x0093 00147 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	DX, 8(R11)
	0x0097 00151 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:126)	MOVQ	AX, (BX)
	0x009a 00154 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	TESTB	AL, (CX)
	0x009c 00156 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	CMPL	runtime.writeBarrier(SB), $0
	0x00a3 00163 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	JEQ	180
	0x00a5 00165 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	(CX), AX
	0x00a8 00168 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	CALL	runtime.gcWriteBarrier2(SB)
	0x00ad 00173 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	BX, (R11)
	0x00b0 00176 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	AX, 8(R11)
	0x00b4 00180 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:127)	MOVQ	BX, (CX)
	0x00b7 00183 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	(BX), AX
	0x00ba 00186 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	TESTB	AL, (AX)
	0x00bc 00188 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	CMPL	runtime.writeBarrier(SB), $0
	0x00c3 00195 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	JEQ	213
	0x00c5 00197 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	8(AX), CX
	0x00c9 00201 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	CALL	runtime.gcWriteBarrier2(SB)
	0x00ce 00206 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	BX, (R11)
	0x00d1 00209 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	CX, 8(R11)
	0x00d5 00213 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:128)	MOVQ	BX, 8(AX)
	0x00d9 00217 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:217)	POPQ	BP
	0x00da 00218 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:217)	RET
	0x00db 00219 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:217)	NOP
	0x00db 00219 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:212)	MOVQ	AX, 8(SP)
	0x00e0 00224 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:212)	MOVQ	BX, 16(SP)
	0x00e5 00229 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:212)	MOVQ	CX, 24(SP)
	0x00ea 00234 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:212)	CALL	runtime.morestack_noctxt(SB)
	0x00ef 00239 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:212)	MOVQ	8(SP), AX
	0x00f4 00244 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:212)	MOVQ	16(SP), BX
	0x00f9 00249 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:212)	MOVQ	24(SP), CX
	0x00fe 00254 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:212)	NOP
	0x0100 00256 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:212)	JMP	0
container/list.(*List).PushBackList STEXT size=436 align=0x0 args=0x10 locals=0x50 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:221)	TEXT	container/list.(*List).PushBackList(SB), ABIInternal, $80-16
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:221)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:221)	JLS	406
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:221)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:221)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:221)	SUBQ	$72, SP
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:222)	XCHGL	AX, AX
	0x0013 00019 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	CMPQ	(AX), $0
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	JNE	73
	0x0019 00025 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:87)	XCHGL	AX, AX
	0x001a 00026 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	CMPL	runtime.writeBarrier(SB), $0
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	JEQ	58
	0x0023 00035 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	(AX), DX
	0x0026 00038 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	8(AX), SI
	0x002a 00042 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	CALL	runtime.gcWriteBarrier3(SB)
	0x002f 00047 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	AX, (R11)
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	DX, 8(R11)
	0x0036 00054 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	SI, 16(R11)
	0x003a 00058 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	AX, (AX)
	0x003d 00061 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	AX, 8(AX)
	0x0041 00065 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:57)	MOVQ	$0, 40(AX)
	0x0049 00073 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:66)	MOVQ	40(BX), DX
	0x004d 00077 (<unknown line number>)	NOP
	0x004d 00077 (<unknown line number>)	NOP
	0x004d 00077 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:70)	TESTQ	DX, DX
	0x0050 00080 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:70)	JNE	86
	0x0052 00082 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:70)	XORL	SI, SI
	0x0054 00084 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	JMP	89
	0x0056 00086 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:73)	MOVQ	(BX), SI
	0x0059 00089 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	MOVQ	AX, container/list.l+88(SP)
	0x005e 00094 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	NOP
	0x0060 00096 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	JMP	115
	0x0062 00098 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	MOVQ	container/list.i+40(SP), DI
	0x0067 00103 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	DECQ	DI
	0x006a 00106 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:224)	MOVQ	SI, AX
	0x006d 00109 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	MOVQ	DX, SI
	0x0070 00112 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	MOVQ	DI, DX
	0x0073 00115 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	TESTQ	DX, DX
	0x0076 00118 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	JLE	400
	0x007c 00124 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	MOVQ	DX, container/list.i+40(SP)
	0x0081 00129 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	MOVQ	SI, container/list.e+56(SP)
	0x0086 00134 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:224)	MOVQ	24(SI), DX
	0x008a 00138 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:224)	MOVQ	DX, container/list.v.type+32(SP)
	0x008f 00143 (<unknown line number>)	NOP
	0x008f 00143 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:224)	MOVQ	32(SI), DX
	0x0093 00147 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:224)	MOVQ	DX, container/list.v.data+48(SP)
	0x0098 00152 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:224)	MOVQ	8(AX), DX
	0x009c 00156 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:224)	MOVQ	DX, container/list.at+64(SP)
	0x00a1 00161 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVL	$40, AX
	0x00a6 00166 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	LEAQ	type:container/list.Element(SB), BX
	0x00ad 00173 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVL	$1, CX
	0x00b2 00178 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CALL	runtime.mallocgcSmallScanNoHeaderSC5(SB)
	0x00b7 00183 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v.type+32(SP), DX
	0x00bc 00188 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	DX, 24(AX)
	0x00c0 00192 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CMPL	runtime.writeBarrier(SB), $0
	0x00c7 00199 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	JNE	208
	0x00c9 00201 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v.data+48(SP), DX
	0x00ce 00206 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	JMP	221
	0x00d0 00208 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CALL	runtime.gcWriteBarrier1(SB)
	0x00d5 00213 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v.data+48(SP), DX
	0x00da 00218 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	DX, (R11)
	0x00dd 00221 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	DX, 32(AX)
	0x00e1 00225 (<unknown line number>)	NOP
	0x00e1 00225 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	CMPL	runtime.writeBarrier(SB), $0
	0x00e8 00232 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	JNE	241
	0x00ea 00234 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	container/list.at+64(SP), DX
	0x00ef 00239 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	JMP	254
	0x00f1 00241 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	CALL	runtime.gcWriteBarrier1(SB)
	0x00f6 00246 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	container/list.at+64(SP), DX
	0x00fb 00251 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	DX, (R11)
	0x00fe 00254 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	DX, 8(AX)
	0x0102 00258 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	(DX), SI
	0x0105 00261 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	CMPL	runtime.writeBarrier(SB), $0
	0x010c 00268 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	JEQ	289
	0x010e 00270 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	(DX), DI
	0x0111 00273 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	CALL	runtime.gcWriteBarrier3(SB)
	0x0116 00278 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	SI, (R11)
	0x0119 00281 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	AX, 8(R11)
	0x011d 00285 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	DI, 16(R11)
	0x0121 00289 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	SI, (AX)
	0x0124 00292 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	AX, (DX)
	0x0127 00295 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	(AX), DX
	0x012a 00298 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	TESTB	AL, (DX)
	0x012c 00300 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	CMPL	runtime.writeBarrier(SB), $0
	0x0133 00307 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	JNE	316
	0x0135 00309 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	container/list.l+88(SP), SI
	0x013a 00314 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	JMP	349
	0x013c 00316 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	8(DX), SI
	0x0140 00320 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	16(AX), DI
	0x0144 00324 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	CALL	runtime.gcWriteBarrier4(SB)
	0x0149 00329 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	AX, (R11)
	0x014c 00332 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	SI, 8(R11)
	0x0150 00336 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	container/list.l+88(SP), SI
	0x0155 00341 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	SI, 16(R11)
	0x0159 00345 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	DI, 24(R11)
	0x015d 00349 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	AX, 8(DX)
	0x0161 00353 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	SI, 16(AX)
	0x0165 00357 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:98)	INCQ	40(SI)
	0x0169 00361 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:32)	MOVQ	container/list.e+56(SP), DX
	0x016e 00366 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:32)	MOVQ	16(DX), DI
	0x0172 00370 (<unknown line number>)	NOP
	0x0172 00370 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:32)	TESTQ	DI, DI
	0x0175 00373 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:224)	JEQ	393
	0x0177 00375 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:32)	MOVQ	(DX), DX
	0x017a 00378 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:32)	NOP
	0x0180 00384 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:32)	CMPQ	DI, DX
	0x0183 00387 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:32)	JNE	98
	0x0189 00393 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:32)	XORL	DX, DX
	0x018b 00395 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:223)	JMP	98
	0x0190 00400 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:226)	ADDQ	$72, SP
	0x0194 00404 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:226)	POPQ	BP
	0x0195 00405 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:226)	RET
	0x0196 00406 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:226)	NOP
	0x0196 00406 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:221)	MOVQ	AX, 8(SP)
	0x019b 00411 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:221)	MOVQ	BX, 16(SP)
	0x01a0 00416 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:221)	CALL	runtime.morestack_noctxt(SB)
	0x01a5 00421 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:221)	MOVQ	8(SP), AX
	0x01aa 00426 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:221)	MOVQ	16(SP), BX
	0x01af 00431 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:221)	JMP	0
container/list.(*List).PushFrontList STEXT size=407 align=0x0 args=0x10 locals=0x48 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:230)	TEXT	container/list.(*List).PushFrontList(SB), ABIInternal, $72-16
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:230)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:230)	JLS	377
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:230)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:230)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:230)	SUBQ	$64, SP
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:231)	XCHGL	AX, AX
	0x0013 00019 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	CMPQ	(AX), $0
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	JNE	73
	0x0019 00025 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:87)	XCHGL	AX, AX
	0x001a 00026 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	CMPL	runtime.writeBarrier(SB), $0
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	JEQ	58
	0x0023 00035 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	(AX), DX
	0x0026 00038 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	8(AX), SI
	0x002a 00042 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	CALL	runtime.gcWriteBarrier3(SB)
	0x002f 00047 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	AX, (R11)
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	DX, 8(R11)
	0x0036 00054 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	SI, 16(R11)
	0x003a 00058 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:55)	MOVQ	AX, (AX)
	0x003d 00061 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:56)	MOVQ	AX, 8(AX)
	0x0041 00065 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:57)	MOVQ	$0, 40(AX)
	0x0049 00073 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:66)	MOVQ	40(BX), DX
	0x004d 00077 (<unknown line number>)	NOP
	0x004d 00077 (<unknown line number>)	NOP
	0x004d 00077 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:78)	TESTQ	DX, DX
	0x0050 00080 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:78)	JNE	86
	0x0052 00082 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:78)	XORL	SI, SI
	0x0054 00084 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	JMP	90
	0x0056 00086 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:81)	MOVQ	8(BX), SI
	0x005a 00090 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	MOVQ	AX, container/list.l+80(SP)
	0x005f 00095 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:86)	NOP
	0x0060 00096 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	JMP	112
	0x0062 00098 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	MOVQ	container/list.i+40(SP), DI
	0x0067 00103 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	DECQ	DI
	0x006a 00106 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	DX, AX
	0x006d 00109 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	MOVQ	DI, DX
	0x0070 00112 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	TESTQ	DX, DX
	0x0073 00115 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	JLE	371
	0x0079 00121 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	MOVQ	DX, container/list.i+40(SP)
	0x007e 00126 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	MOVQ	SI, container/list.e+56(SP)
	0x0083 00131 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:233)	MOVQ	24(SI), DX
	0x0087 00135 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:233)	MOVQ	DX, container/list.v.type+32(SP)
	0x008c 00140 (<unknown line number>)	NOP
	0x008c 00140 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:233)	MOVQ	32(SI), DX
	0x0090 00144 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:233)	MOVQ	DX, container/list.v.data+48(SP)
	0x0095 00149 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVL	$40, AX
	0x009a 00154 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	LEAQ	type:container/list.Element(SB), BX
	0x00a1 00161 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVL	$1, CX
	0x00a6 00166 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CALL	runtime.mallocgcSmallScanNoHeaderSC5(SB)
	0x00ab 00171 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v.type+32(SP), DX
	0x00b0 00176 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	DX, 24(AX)
	0x00b4 00180 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CMPL	runtime.writeBarrier(SB), $0
	0x00bb 00187 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	JNE	196
	0x00bd 00189 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v.data+48(SP), DX
	0x00c2 00194 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	JMP	209
	0x00c4 00196 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	CALL	runtime.gcWriteBarrier1(SB)
	0x00c9 00201 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	container/list.v.data+48(SP), DX
	0x00ce 00206 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	DX, (R11)
	0x00d1 00209 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:104)	MOVQ	DX, 32(AX)
	0x00d5 00213 (<unknown line number>)	NOP
	0x00d5 00213 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	CMPL	runtime.writeBarrier(SB), $0
	0x00dc 00220 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	JNE	229
	0x00de 00222 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	container/list.l+80(SP), DX
	0x00e3 00227 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	JMP	242
	0x00e5 00229 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	CALL	runtime.gcWriteBarrier1(SB)
	0x00ea 00234 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	container/list.l+80(SP), DX
	0x00ef 00239 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	DX, (R11)
	0x00f2 00242 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:93)	MOVQ	DX, 8(AX)
	0x00f6 00246 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	(DX), SI
	0x00f9 00249 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	CMPL	runtime.writeBarrier(SB), $0
	0x0100 00256 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	JEQ	277
	0x0102 00258 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	(DX), DI
	0x0105 00261 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	CALL	runtime.gcWriteBarrier3(SB)
	0x010a 00266 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	SI, (R11)
	0x010d 00269 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	AX, 8(R11)
	0x0111 00273 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	DI, 16(R11)
	0x0115 00277 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:94)	MOVQ	SI, (AX)
	0x0118 00280 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:95)	MOVQ	AX, (DX)
	0x011b 00283 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	(AX), SI
	0x011e 00286 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	TESTB	AL, (SI)
	0x0120 00288 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	CMPL	runtime.writeBarrier(SB), $0
	0x0127 00295 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	JEQ	325
	0x0129 00297 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	8(SI), DI
	0x012d 00301 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	16(AX), R8
	0x0131 00305 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	CALL	runtime.gcWriteBarrier4(SB)
	0x0136 00310 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	AX, (R11)
	0x0139 00313 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	DI, 8(R11)
	0x013d 00317 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	DX, 16(R11)
	0x0141 00321 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	R8, 24(R11)
	0x0145 00325 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:96)	MOVQ	AX, 8(SI)
	0x0149 00329 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:97)	MOVQ	DX, 16(AX)
	0x014d 00333 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:98)	INCQ	40(DX)
	0x0151 00337 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:40)	MOVQ	container/list.e+56(SP), SI
	0x0156 00342 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:40)	MOVQ	16(SI), DI
	0x015a 00346 (<unknown line number>)	NOP
	0x015a 00346 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:40)	TESTQ	DI, DI
	0x015d 00349 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:233)	JEQ	364
	0x015f 00351 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:40)	MOVQ	8(SI), SI
	0x0163 00355 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:40)	CMPQ	DI, SI
	0x0166 00358 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:40)	JNE	98
	0x016c 00364 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:40)	XORL	SI, SI
	0x016e 00366 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:232)	JMP	98
	0x0173 00371 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:235)	ADDQ	$64, SP
	0x0177 00375 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:235)	POPQ	BP
	0x0178 00376 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:235)	RET
	0x0179 00377 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:235)	NOP
	0x0179 00377 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:230)	MOVQ	AX, 8(SP)
	0x017e 00382 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:230)	MOVQ	BX, 16(SP)
	0x0183 00387 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:230)	CALL	runtime.morestack_noctxt(SB)
	0x0188 00392 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:230)	MOVQ	8(SP), AX
	0x018d 00397 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:230)	MOVQ	16(SP), BX
	0x0192 00402 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/container/list/list.go:230)	JMP	0
type:.eq.M24EM8 STEXT dupok size=152 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.M24EM8(SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	JLS	122
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	(AX), DX
	0x0011 00017 (<autogenerated>:1)	CMPQ	(BX), DX
	0x0014 00020 (<autogenerated>:1)	JNE	114
	0x0016 00022 (<autogenerated>:1)	MOVQ	8(AX), DX
	0x001a 00026 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CMPQ	8(BX), DX
	0x0024 00036 (<autogenerated>:1)	JNE	114
	0x0026 00038 (<autogenerated>:1)	MOVQ	16(AX), DX
	0x002a 00042 (<autogenerated>:1)	CMPQ	16(BX), DX
	0x002e 00046 (<autogenerated>:1)	JNE	114
	0x0030 00048 (<autogenerated>:1)	MOVQ	24(AX), DX
	0x0034 00052 (<autogenerated>:1)	CMPQ	24(BX), DX
	0x0038 00056 (<autogenerated>:1)	JNE	114
	0x003a 00058 (<autogenerated>:1)	MOVQ	AX, container/list.p+40(SP)
	0x003f 00063 (<autogenerated>:1)	MOVQ	BX, container/list.q+48(SP)
	0x0044 00068 (<autogenerated>:1)	MOVQ	32(AX), SI
	0x0048 00072 (<autogenerated>:1)	MOVQ	32(BX), CX
	0x004c 00076 (<autogenerated>:1)	MOVQ	DX, AX
	0x004f 00079 (<autogenerated>:1)	MOVQ	SI, BX
	0x0052 00082 (<autogenerated>:1)	CALL	runtime.efaceeq(SB)
	0x0057 00087 (<autogenerated>:1)	TESTB	AL, AL
	0x0059 00089 (<autogenerated>:1)	JEQ	114
	0x005b 00091 (<autogenerated>:1)	MOVQ	container/list.p+40(SP), CX
	0x0060 00096 (<autogenerated>:1)	MOVQ	40(CX), CX
	0x0064 00100 (<autogenerated>:1)	MOVQ	container/list.q+48(SP), DX
	0x0069 00105 (<autogenerated>:1)	CMPQ	40(DX), CX
	0x006d 00109 (<autogenerated>:1)	SETEQ	AL
	0x0070 00112 (<autogenerated>:1)	JMP	116
	0x0072 00114 (<autogenerated>:1)	XORL	AX, AX
	0x0074 00116 (<autogenerated>:1)	ADDQ	$24, SP
	0x0078 00120 (<autogenerated>:1)	POPQ	BP
	0x0079 00121 (<autogenerated>:1)	RET
	0x007a 00122 (<autogenerated>:1)	NOP
	0x007a 00122 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x007f 00127 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0084 00132 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0089 00137 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x008e 00142 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0093 00147 (<autogenerated>:1)	JMP	0
type:.eq.M24E STEXT dupok size=114 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.M24E(SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	JLS	87
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	(AX), DX
	0x0011 00017 (<autogenerated>:1)	CMPQ	(BX), DX
	0x0014 00020 (<autogenerated>:1)	JNE	79
	0x0016 00022 (<autogenerated>:1)	MOVQ	8(AX), DX
	0x001a 00026 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CMPQ	8(BX), DX
	0x0024 00036 (<autogenerated>:1)	JNE	79
	0x0026 00038 (<autogenerated>:1)	MOVQ	16(AX), DX
	0x002a 00042 (<autogenerated>:1)	CMPQ	16(BX), DX
	0x002e 00046 (<autogenerated>:1)	JNE	79
	0x0030 00048 (<autogenerated>:1)	MOVQ	24(AX), DX
	0x0034 00052 (<autogenerated>:1)	CMPQ	24(BX), DX
	0x0038 00056 (<autogenerated>:1)	JNE	79
	0x003a 00058 (<autogenerated>:1)	MOVQ	32(AX), SI
	0x003e 00062 (<autogenerated>:1)	MOVQ	32(BX), CX
	0x0042 00066 (<autogenerated>:1)	MOVQ	DX, AX
	0x0045 00069 (<autogenerated>:1)	MOVQ	SI, BX
	0x0048 00072 (<autogenerated>:1)	CALL	runtime.efaceeq(SB)
	0x004d 00077 (<autogenerated>:1)	JMP	81
	0x004f 00079 (<autogenerated>:1)	XORL	AX, AX
	0x0051 00081 (<autogenerated>:1)	ADDQ	$24, SP
	0x0055 00085 (<autogenerated>:1)	POPQ	BP
	0x0056 00086 (<autogenerated>:1)	RET
	0x0057 00087 (<autogenerated>:1)	NOP
	0x0057 00087 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x005c 00092 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0061 00097 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0066 00102 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x006b 00107 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0070 00112 (<autogenerated>:1)	JMP	0
go:cuinfo.producer.container/list SDWARFCUINFO dupok size=0 align=0x0
go:cuinfo.packagename.container/list SDWARFCUINFO dupok size=0 align=0x0
type:.eqfunc.M24EM8 SRODATA dupok size=8 align=0x0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
type:.namedata.*list.List. SRODATA dupok size=12 align=0x1
type:.namedata.*func(*list.List) *list.Element- SRODATA dupok size=33 align=0x1
type:*func(*container/list.List) *container/list.Element SRODATA dupok size=56 align=0x8
type:.namedata.*list.Element. SRODATA dupok size=15 align=0x1
type:.eqfunc.M24E SRODATA dupok size=8 align=0x0
runtime.gcbits.1700000000000000 SRODATA dupok size=8 align=0x8
type:.importpath.container/list. SRODATA dupok size=16 align=0x1
type:.namedata.next- SRODATA dupok size=6 align=0x1
type:.namedata.prev- SRODATA dupok size=6 align=0x1
type:.namedata.list- SRODATA dupok size=6 align=0x1
type:.namedata.Value. SRODATA dupok size=7 align=0x1
type:container/list.Element SRODATA size=192 align=0x8
type:.namedata.*func(*list.Element) *list.Element- SRODATA dupok size=36 align=0x1
type:*func(*container/list.Element) *container/list.Element SRODATA dupok size=56 align=0x8
type:func(*container/list.Element) *container/list.Element SRODATA dupok size=72 align=0x8
type:.namedata.Next. SRODATA dupok size=6 align=0x1
type:.namedata.*func() *list.Element- SRODATA dupok size=23 align=0x1
type:*func() *container/list.Element SRODATA dupok size=56 align=0x8
type:func() *container/list.Element SRODATA dupok size=64 align=0x8
type:.namedata.Prev. SRODATA dupok size=6 align=0x1
type:*container/list.Element SRODATA size=104 align=0x8
type:func(*container/list.List) *container/list.Element SRODATA dupok size=72 align=0x8
type:.namedata.*func(*list.List) *list.List- SRODATA dupok size=30 align=0x1
type:*func(*container/list.List) *container/list.List SRODATA dupok size=56 align=0x8
type:func(*container/list.List) *container/list.List SRODATA dupok size=72 align=0x8
type:.namedata.*func(*list.List, interface {}, *list.Element) *list.Element- SRODATA dupok size=62 align=0x1
type:*func(*container/list.List, interface {}, *container/list.Element) *container/list.Element SRODATA dupok size=56 align=0x8
type:func(*container/list.List, interface {}, *container/list.Element) *container/list.Element SRODATA dupok size=88 align=0x8
type:.namedata.*func(*list.List) int- SRODATA dupok size=23 align=0x1
type:*func(*container/list.List) int SRODATA dupok size=56 align=0x8
type:func(*container/list.List) int SRODATA dupok size=72 align=0x8
type:.namedata.*func(*list.List, *list.Element, *list.Element)- SRODATA dupok size=49 align=0x1
type:*func(*container/list.List, *container/list.Element, *container/list.Element) SRODATA dupok size=56 align=0x8
type:func(*container/list.List, *container/list.Element, *container/list.Element) SRODATA dupok size=80 align=0x8
type:.namedata.*func(*list.List, *list.Element)- SRODATA dupok size=34 align=0x1
type:*func(*container/list.List, *container/list.Element) SRODATA dupok size=56 align=0x8
type:func(*container/list.List, *container/list.Element) SRODATA dupok size=72 align=0x8
type:.namedata.*func(*list.List, interface {}) *list.Element- SRODATA dupok size=47 align=0x1
type:*func(*container/list.List, interface {}) *container/list.Element SRODATA dupok size=56 align=0x8
type:func(*container/list.List, interface {}) *container/list.Element SRODATA dupok size=80 align=0x8
type:.namedata.*func(*list.List, *list.List)- SRODATA dupok size=31 align=0x1
type:*func(*container/list.List, *container/list.List) SRODATA dupok size=56 align=0x8
type:func(*container/list.List, *container/list.List) SRODATA dupok size=72 align=0x8
type:.namedata.*func(*list.List, *list.Element) interface {}- SRODATA dupok size=47 align=0x1
type:*func(*container/list.List, *container/list.Element) interface {} SRODATA dupok size=56 align=0x8
type:func(*container/list.List, *container/list.Element) interface {} SRODATA dupok size=80 align=0x8
type:.namedata.*func(*list.List, *list.Element, *list.Element) *list.Element- SRODATA dupok size=63 align=0x1
type:*func(*container/list.List, *container/list.Element, *container/list.Element) *container/list.Element SRODATA dupok size=56 align=0x8
type:func(*container/list.List, *container/list.Element, *container/list.Element) *container/list.Element SRODATA dupok size=88 align=0x8
type:.namedata.*func(*list.List)- SRODATA dupok size=19 align=0x1
type:*func(*container/list.List) SRODATA dupok size=56 align=0x8
type:func(*container/list.List) SRODATA dupok size=64 align=0x8
type:.namedata.Back. SRODATA dupok size=6 align=0x1
type:.namedata.Front. SRODATA dupok size=7 align=0x1
type:.namedata.Init. SRODATA dupok size=6 align=0x1
type:.namedata.*func() *list.List- SRODATA dupok size=20 align=0x1
type:*func() *container/list.List SRODATA dupok size=56 align=0x8
type:func() *container/list.List SRODATA dupok size=64 align=0x8
type:.namedata.InsertAfter. SRODATA dupok size=13 align=0x1
type:.namedata.*func(interface {}, *list.Element) *list.Element- SRODATA dupok size=50 align=0x1
type:*func(interface {}, *container/list.Element) *container/list.Element SRODATA dupok size=56 align=0x8
type:func(interface {}, *container/list.Element) *container/list.Element SRODATA dupok size=80 align=0x8
type:.namedata.InsertBefore. SRODATA dupok size=14 align=0x1
type:.namedata.Len. SRODATA dupok size=5 align=0x1
type:.namedata.*func() int- SRODATA dupok size=13 align=0x1
type:*func() int SRODATA dupok size=56 align=0x8
type:func() int SRODATA dupok size=64 align=0x8
type:.namedata.MoveAfter. SRODATA dupok size=11 align=0x1
type:.namedata.*func(*list.Element, *list.Element)- SRODATA dupok size=37 align=0x1
type:*func(*container/list.Element, *container/list.Element) SRODATA dupok size=56 align=0x8
type:func(*container/list.Element, *container/list.Element) SRODATA dupok size=72 align=0x8
type:.namedata.MoveBefore. SRODATA dupok size=12 align=0x1
type:.namedata.MoveToBack. SRODATA dupok size=12 align=0x1
type:.namedata.*func(*list.Element)- SRODATA dupok size=22 align=0x1
type:*func(*container/list.Element) SRODATA dupok size=56 align=0x8
type:func(*container/list.Element) SRODATA dupok size=64 align=0x8
type:.namedata.MoveToFront. SRODATA dupok size=13 align=0x1
type:.namedata.PushBack. SRODATA dupok size=10 align=0x1
type:.namedata.*func(interface {}) *list.Element- SRODATA dupok size=35 align=0x1
type:*func(interface {}) *container/list.Element SRODATA dupok size=56 align=0x8
type:func(interface {}) *container/list.Element SRODATA dupok size=72 align=0x8
type:.namedata.PushBackList. SRODATA dupok size=14 align=0x1
type:.namedata.PushFront. SRODATA dupok size=11 align=0x1
type:.namedata.PushFrontList. SRODATA dupok size=15 align=0x1
type:.namedata.Remove. SRODATA dupok size=8 align=0x1
type:.namedata.*func(*list.Element) interface {}- SRODATA dupok size=35 align=0x1
type:*func(*container/list.Element) interface {} SRODATA dupok size=56 align=0x8
type:func(*container/list.Element) interface {} SRODATA dupok size=72 align=0x8
type:.namedata.insert- SRODATA dupok size=8 align=0x1
type:.namedata.*func(*list.Element, *list.Element) *list.Element- SRODATA dupok size=51 align=0x1
type:*func(*container/list.Element, *container/list.Element) *container/list.Element SRODATA dupok size=56 align=0x8
type:func(*container/list.Element, *container/list.Element) *container/list.Element SRODATA dupok size=80 align=0x8
type:.namedata.insertValue- SRODATA dupok size=13 align=0x1
type:.namedata.lazyInit- SRODATA dupok size=10 align=0x1
type:.namedata.*func()- SRODATA dupok size=9 align=0x1
type:*func() SRODATA dupok size=56 align=0x8
type:func() SRODATA dupok size=56 align=0x8
type:.namedata.move- SRODATA dupok size=6 align=0x1
type:.namedata.remove- SRODATA dupok size=8 align=0x1
type:*container/list.List SRODATA size=392 align=0x8
type:.namedata.root- SRODATA dupok size=6 align=0x1
type:.namedata.len- SRODATA dupok size=5 align=0x1
type:container/list.List SRODATA size=144 align=0x8
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
container/list.(*Element).Next.arginfo1 SRODATA static dupok size=3 align=0x1
container/list.(*Element).Next.argliveinfo SRODATA static dupok size=2 align=0x1
container/list.(*Element).Prev.arginfo1 SRODATA static dupok size=3 align=0x1
container/list.(*Element).Prev.argliveinfo SRODATA static dupok size=2 align=0x1
container/list.(*List).Init.arginfo1 SRODATA static dupok size=3 align=0x1
container/list.(*List).Init.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
container/list.(*List).Len.arginfo1 SRODATA static dupok size=3 align=0x1
container/list.(*List).Len.argliveinfo SRODATA static dupok size=2 align=0x1
container/list.(*List).Front.arginfo1 SRODATA static dupok size=3 align=0x1
container/list.(*List).Front.argliveinfo SRODATA static dupok size=2 align=0x1
container/list.(*List).Back.arginfo1 SRODATA static dupok size=3 align=0x1
container/list.(*List).Back.argliveinfo SRODATA static dupok size=2 align=0x1
container/list.(*List).lazyInit.arginfo1 SRODATA static dupok size=3 align=0x1
container/list.(*List).lazyInit.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·Lqg4XELRZB83rYCUcOAvrw== SRODATA dupok size=10 align=0x4
container/list.(*List).insert.arginfo1 SRODATA static dupok size=7 align=0x1
container/list.(*List).insert.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·fD4ythl/kgeiqfs4DULCbA== SRODATA dupok size=10 align=0x4
container/list.(*List).insertValue.arginfo1 SRODATA static dupok size=11 align=0x1
container/list.(*List).insertValue.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
container/list.(*List).remove.arginfo1 SRODATA static dupok size=5 align=0x1
container/list.(*List).remove.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·jJUmT8EancinwDq7lB+tvg== SRODATA dupok size=10 align=0x4
container/list.(*List).move.arginfo1 SRODATA static dupok size=7 align=0x1
container/list.(*List).move.argliveinfo SRODATA static dupok size=2 align=0x1
container/list.(*List).Remove.arginfo1 SRODATA static dupok size=5 align=0x1
container/list.(*List).Remove.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·itaneJMpbAudh9zNu5JnHA== SRODATA dupok size=10 align=0x4
container/list.(*List).PushFront.arginfo1 SRODATA static dupok size=9 align=0x1
container/list.(*List).PushFront.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·albotAx8j12quhB47eI8ag== SRODATA dupok size=11 align=0x4
gclocals·Vi90HuirP9VPo7whN2aauw== SRODATA dupok size=11 align=0x4
container/list.(*List).PushBack.arginfo1 SRODATA static dupok size=9 align=0x1
container/list.(*List).PushBack.argliveinfo SRODATA static dupok size=3 align=0x1
gclocals·t+uH3UD7rhvuBXMX+pOcUg== SRODATA dupok size=11 align=0x4
container/list.(*List).InsertBefore.arginfo1 SRODATA static dupok size=11 align=0x1
container/list.(*List).InsertBefore.argliveinfo SRODATA static dupok size=3 align=0x1
container/list.(*List).InsertAfter.arginfo1 SRODATA static dupok size=11 align=0x1
container/list.(*List).InsertAfter.argliveinfo SRODATA static dupok size=2 align=0x1
container/list.(*List).MoveToFront.arginfo1 SRODATA static dupok size=5 align=0x1
container/list.(*List).MoveToFront.argliveinfo SRODATA static dupok size=2 align=0x1
container/list.(*List).MoveToBack.arginfo1 SRODATA static dupok size=5 align=0x1
container/list.(*List).MoveToBack.argliveinfo SRODATA static dupok size=2 align=0x1
container/list.(*List).MoveBefore.arginfo1 SRODATA static dupok size=7 align=0x1
container/list.(*List).MoveBefore.argliveinfo SRODATA static dupok size=2 align=0x1
container/list.(*List).MoveAfter.arginfo1 SRODATA static dupok size=7 align=0x1
container/list.(*List).MoveAfter.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·3iDpa7B97wWfYpkQQygYtw== SRODATA dupok size=11 align=0x4
gclocals·ZvOU3wPWgU+dFsNKcz/VTA== SRODATA dupok size=11 align=0x4
container/list.(*List).PushBackList.arginfo1 SRODATA static dupok size=5 align=0x1
container/list.(*List).PushBackList.argliveinfo SRODATA static dupok size=3 align=0x1
gclocals·zjGmflWeiXhYzDBVzfnWOA== SRODATA dupok size=11 align=0x4
container/list.(*List).PushFrontList.arginfo1 SRODATA static dupok size=5 align=0x1
container/list.(*List).PushFrontList.argliveinfo SRODATA static dupok size=3 align=0x1
type:.eq.M24EM8.arginfo1 SRODATA static dupok size=5 align=0x1
type:.eq.M24EM8.argliveinfo SRODATA static dupok size=2 align=0x1
type:.eq.M24E.arginfo1 SRODATA static dupok size=5 align=0x1
type:.eq.M24E.argliveinfo SRODATA static dupok size=2 align=0x1
