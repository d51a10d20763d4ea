/**
 * A call's progress as sent to the page: a message per percent is plenty for a progress bar,
 * and a parse reporting every row must not flood the channel.
 */
export function throttledProgress(send: (fraction: number) => void): (fraction: number) => void {
  let last = 0
  return (fraction) => {
    if (fraction - last >= 0.01 || (fraction === 1 && last !== 1)) {
      last = fraction
      send(fraction)
    }
  }
}
