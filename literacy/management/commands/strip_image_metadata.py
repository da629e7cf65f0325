"""Remove camera metadata from images stored before uploads were cleaned. Safe to run again."""

from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from literacy.security.image_files import strip_image


class Command(BaseCommand):
    help = ("Remove GPS, camera, author and comment metadata from stored images and delete "
            "their renditions (made again, clean, when next shown). Safe to run again.")

    def handle(self, *args, **options):
        cleaned = 0
        for image in get_image_model().objects.order_by("pk").iterator():
            try:
                changed = strip_image(image)
            except OSError as error:  # a missing file must not stop the others
                self.stderr.write(f"image {image.pk}: {error}")
                continue
            if changed:
                # Only the file's own fields: a concurrent edit of the title stays.
                image.save(update_fields=["file", "width", "height", "file_size", "file_hash"])
                image.renditions.all().delete()
                cleaned += 1
        self.stdout.write(f"images cleaned: {cleaned}")
