# Copyright (c) 2026 Contributors to the Smart Grid add-ons for openHAB project
# SPDX-License-Identifier: EPL-2.0
"""A Modbus TCP test peer: a Thermia Genesis register map plus the coils of a relay module.

Usage: genesis_peer.py PORT [--sparse]
  PORT      loopback port to listen on (0 = any free port)
  --sparse  only the input registers the binding uses exist, so block reads over gaps are refused

Prints "READY <port>" once it accepts connections.

Control registers (holding registers, not counted as requests):
  9000 total requests served        9001 reads of input registers (fc 4)
  9002 reads of discrete inputs      9003 single coil writes (fc 5)
  9004 coil reads (fc 1)             9005 multiple register writes (fc 16)
  9010 coil address + 1 whose writes are refused with "illegal data address" (0 = none)
  9011 coil address + 1 that is stuck: writes are acknowledged but change nothing (0 = none)
  9013, 9014 writing [address, word] here in one request sets that input register to the word
Writing 0 to 9000 resets the counters.
"""
import asyncio
import sys

from pymodbus.datastore import (
    ModbusSequentialDataBlock,
    ModbusServerContext,
    ModbusSlaveContext,
    ModbusSparseDataBlock,
)
from pymodbus.server import StartAsyncTcpServer

CONTROL = 9000
COUNTED = {4: 1, 2: 2, 5: 3, 1: 4, 16: 5}

# raw words of the Genesis input registers (0-based addresses); temperatures are int16 x 0.01 degC
INPUT_REGISTERS = {
    1: 3,  # operating status
    8: 2512,  # condenser in 25.12
    9: 3055,  # condenser out 30.55
    12: 3500,  # system supply 35.00
    13: 65536 - 550,  # outdoor -5.50
    15: 5200,  # tap water top 52.00
    16: 32767,  # tap water lower: not available
    17: 4800,  # tap water weighted 48.00
    27: 65536 - 25,  # system return -0.25
    54: 6543,  # compressor speed 65.43 %
    60: 120,  # start restriction 120 s
    82: 1,  # smart grid status: EVU
    157: 512,  # thermal power 5.12 kW
    158: 135,  # electric power 1.35 kW
}
DISCRETE_INPUTS = {199: 1, 200: 0, 201: 1, 202: 0, 203: 0, 204: 0}


class CountingContext(ModbusSlaveContext):
    """Counts requests and serves the control registers."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.control = [0] * 16

    @staticmethod
    def _is_control(fc, address):
        return fc in (3, 6, 16) and address >= CONTROL

    def validate(self, fc_as_hex, address, count=1):
        if self._is_control(fc_as_hex, address):
            return address + count <= CONTROL + len(self.control)
        self.control[0] += 1
        if fc_as_hex in COUNTED:
            self.control[COUNTED[fc_as_hex]] += 1
        refused = self.control[10] - 1
        if fc_as_hex in (5, 15) and address <= refused < address + count:
            return False
        return super().validate(fc_as_hex, address, count)

    def getValues(self, fc_as_hex, address, count=1):
        if self._is_control(fc_as_hex, address):
            return self.control[address - CONTROL:address - CONTROL + count]
        return super().getValues(fc_as_hex, address, count)

    def setValues(self, fc_as_hex, address, values):
        if self._is_control(fc_as_hex, address):
            for i, value in enumerate(values):
                self.control[address - CONTROL + i] = value
            if address == CONTROL + 13 and len(values) == 2:
                super().setValues(4, values[0], [values[1]])
            if address == CONTROL and values[0] == 0:
                self.control[:10] = [0] * 10
            return
        stuck = self.control[11] - 1
        if fc_as_hex in (5, 15) and address <= stuck < address + len(values):
            values = list(values)
            values[stuck - address] = super().getValues(1, stuck, 1)[0]
        super().setValues(fc_as_hex, address, values)


def input_block(sparse):
    if sparse:
        return ModbusSparseDataBlock(dict(INPUT_REGISTERS))
    words = [0] * 200
    for address, word in INPUT_REGISTERS.items():
        words[address] = word
    return ModbusSequentialDataBlock(0, words)


async def main():
    port = int(sys.argv[1])
    sparse = "--sparse" in sys.argv[2:]
    discrete = [0] * 210
    for address, bit in DISCRETE_INPUTS.items():
        discrete[address] = bit
    slave = CountingContext(
        di=ModbusSequentialDataBlock(0, discrete),
        co=ModbusSequentialDataBlock(0, [0] * 8),
        hr=ModbusSequentialDataBlock(0, [0] * 200),
        ir=input_block(sparse),
        zero_mode=True,
    )
    context = ModbusServerContext(slaves=slave, single=True)
    server = await StartAsyncTcpServer(
        context=context, address=("127.0.0.1", port), defer_start=True, allow_reuse_address=True
    )
    task = asyncio.create_task(server.serve_forever())
    await server.serving
    print("READY %d" % server.server.sockets[0].getsockname()[1], flush=True)
    await task


if __name__ == "__main__":
    asyncio.run(main())
