/**
 * Reading a whole text file without surprises: bounded in size, never blocked by a FIFO or a
 * device, strict about UTF-8, and every failure a reason in words. A leaf: plain Java, used by the
 * manifest loader, the user's stores and the app's File > Open.
 */
package io.netpoldojo.files;
