class MedianFinder:
    # The numbers kept sorted by insertion (insort): O(n) per addNum for the shift, O(1) per findMedian.
    def __init__(self):
        self.numbers = []

    def addNum(self, num: int) -> None:
        insort(self.numbers, num)

    def findMedian(self) -> float:
        numbers = self.numbers
        n = len(numbers)
        if n % 2:
            return float(numbers[n // 2])
        return (numbers[n // 2 - 1] + numbers[n // 2]) / 2.0
