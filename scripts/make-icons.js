#!/usr/bin/env node
'use strict';
// Draws appPackage/color.png (192×192, white drop on the accent colour) and appPackage/outline.png
// (32×32, white drop on transparent, as Teams requires). Run once after changing the design:
//   node scripts/make-icons.js
const fs = require('node:fs');
const path = require('node:path');
const { PNG } = require('pngjs');

const accent = [0xb0, 0x30, 0x6a];

/** How much of the pixel at (x, y) lies inside a milk drop filling `size`, by 4×4 supersampling. */
function dropCoverage(x, y, size) {
  const radius = size * 0.27;
  const centreX = size / 2;
  const centreY = size * 0.6;
  const apexY = size * 0.12;
  // The sides run from the apex to the points where they touch the circle.
  const distance = centreY - apexY;
  const tangentHalfAngle = Math.asin(radius / distance);
  let inside = 0;
  for (let sampleY = 0; sampleY < 4; sampleY++) {
    for (let sampleX = 0; sampleX < 4; sampleX++) {
      const px = x + (sampleX + 0.5) / 4;
      const py = y + (sampleY + 0.5) / 4;
      const inCircle = (px - centreX) ** 2 + (py - centreY) ** 2 <= radius ** 2;
      const tangentY = apexY + distance * Math.cos(tangentHalfAngle) ** 2;
      const inCone = py >= apexY && py <= tangentY && Math.abs(px - centreX) <= (py - apexY) * Math.tan(tangentHalfAngle);
      if (inCircle || inCone) inside++;
    }
  }
  return inside / 16;
}

function draw(size, background) {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const coverage = dropCoverage(x, y, size);
      const offset = (y * size + x) * 4;
      if (background) {
        for (let channel = 0; channel < 3; channel++) png.data[offset + channel] = Math.round(background[channel] + (255 - background[channel]) * coverage);
        png.data[offset + 3] = 255;
      } else {
        png.data.fill(255, offset, offset + 3);
        png.data[offset + 3] = Math.round(255 * coverage);
      }
    }
  }
  return PNG.sync.write(png);
}

const folder = path.join(__dirname, '..', 'appPackage');
fs.writeFileSync(path.join(folder, 'color.png'), draw(192, accent));
fs.writeFileSync(path.join(folder, 'outline.png'), draw(32, null));
console.log('wrote appPackage/color.png and appPackage/outline.png');
