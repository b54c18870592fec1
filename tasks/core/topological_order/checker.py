"""Checker of topological_order: any permutation of the nodes that respects every edge is accepted."""


def check(input, expected, output):
    n, edges = input
    if not isinstance(output, list):
        return False, f"the answer is not a list of nodes: {output!r:.100}"
    if len(output) != n:
        return False, f"the order has {len(output)} nodes, but the graph has {n}"
    position = [-1] * n
    for index, node in enumerate(output):
        if type(node) is not int or not 0 <= node < n:
            return False, f"position {index} holds {node!r:.40}, which is not a node (0 .. {n - 1})"
        if position[node] >= 0:
            return False, f"node {node} appears twice, at positions {position[node]} and {index}"
        position[node] = index
    for u, v in edges:
        if position[u] > position[v]:
            return False, (f"the edge {u} -> {v} is violated: node {v} is at position {position[v]}, "
                           f"before node {u} at position {position[u]}")
    return True
